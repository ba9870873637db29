import { readdirSync, readFileSync } from 'node:fs';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENUM_LABELS } from '../../../client/enum-labels.ts';
import { ErrorCode } from '#domain/errors';
import { ERROR_CODE_MESSAGES, SERVER_CODE_MESSAGES } from '#domain/messages/errors';

/**
 * Issue 18: a front end has every enum value's label in Chinese and English without introspection
 * (`client/enum-labels.ts`, generated from the descriptions by `npm run codegen`), and every error code has
 * its meaning in both languages in the message catalogue. A value or a code without both fails here, by
 * name: write its description as "English. 中文。" (or give the English in scripts/codegen-enum-labels.js),
 * and add the code to functions/domain/messages/errors.ts.
 */

const schemaDir = new URL('../../../schema/', import.meta.url);
const schema = buildSchema(
  readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .map((name) => readFileSync(new URL(name, schemaDir), 'utf8'))
    .join('\n'),
);
const enums = Object.values(schema.getTypeMap()).filter(
  (type) => isEnumType(type) && !type.name.startsWith('__'),
);
const labels = ENUM_LABELS as Readonly<
  Record<string, Readonly<Record<string, { readonly zh?: string; readonly en?: string } | undefined>>>
>;
const CJK = /[\u3400-\u9fff]/;

describe('enum labels for front ends (issue 18)', () => {
  it('every value of every enum of the schema has a Chinese and an English label', () => {
    const missing = enums.flatMap((type) =>
      isEnumType(type)
        ? type.getValues().flatMap((value) => {
            const label = labels[type.name]?.[value.name];
            return [
              ...(label?.zh ? [] : [`${type.name}.${value.name} (zh)`]),
              ...(label?.en ? [] : [`${type.name}.${value.name} (en)`]),
            ];
          })
        : [],
    );
    expect(missing).toEqual([]);
  });

  it('labels only what the schema has (npm run codegen after changing an enum)', () => {
    const schemaValues = enums.flatMap((type) =>
      isEnumType(type) ? type.getValues().map((value) => `${type.name}.${value.name}`) : [],
    );
    const labelled = Object.entries(labels).flatMap(([name, values]) =>
      Object.keys(values).map((value) => `${name}.${value}`),
    );
    expect(labelled.sort()).toEqual(schemaValues.sort());
  });

  it('Chinese labels are Chinese (file formats aside) and English labels are not', () => {
    const chineseless = Object.entries(labels).flatMap(([name, values]) =>
      Object.entries(values).flatMap(([value, label]) =>
        name !== 'ExportFormat' && !CJK.test(label?.zh ?? '') ? [`${name}.${value}: ${label?.zh ?? ''}`] : [],
      ),
    );
    const notEnglish = Object.entries(labels).flatMap(([name, values]) =>
      Object.entries(values).flatMap(([value, label]) =>
        CJK.test(label?.en ?? '') ? [`${name}.${value}: ${label?.en ?? ''}`] : [],
      ),
    );
    expect(chineseless).toEqual([]);
    expect(notEnglish).toEqual([]);
    expect(ENUM_LABELS.ImportOutcome.CREATED).toEqual({ zh: '已创建', en: 'Created' });
    expect(ENUM_LABELS.ProjectStage.IN_PUBLICITY).toEqual({ zh: '公示中', en: 'In publicity' });
  });
});

describe('error codes in the message catalogue (issue 18)', () => {
  const schemaCodes = (() => {
    const type = schema.getType('ErrorCode');
    return isEnumType(type) ? type.getValues().map((value) => value.name) : [];
  })();

  it('every ErrorCode, of the domain and of the schema, has its meaning in Chinese and in English', () => {
    const codes = [...new Set([...Object.values(ErrorCode), ...schemaCodes])];
    const messages = ERROR_CODE_MESSAGES as Readonly<Record<string, { zh: string; en: string } | undefined>>;
    const lacking = codes.filter(
      (code) => !CJK.test(messages[code]?.zh ?? '') || (messages[code]?.en ?? '').trim() === '',
    );
    expect(lacking).toEqual([]);
  });

  it('so has every code Apollo Server gives a request it refuses as a whole', () => {
    const all = { ...SERVER_CODE_MESSAGES, ...ERROR_CODE_MESSAGES } as Readonly<
      Record<string, { zh: string; en: string } | undefined>
    >;
    const lacking = Object.values(ApolloServerErrorCode).filter(
      (code) => !CJK.test(all[code]?.zh ?? '') || (all[code]?.en ?? '') === '',
    );
    expect(lacking).toEqual([]);
  });
});
