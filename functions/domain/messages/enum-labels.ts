import { ENUM_LABELS } from '../../../client/enum-labels.ts';
import type { EnumName, EnumValue } from '../../../client/enum-labels.ts';
import type { Bilingual } from './bilingual.ts';

/**
 * The label of an enum value in both languages, as front ends show it: one source, the schema's
 * descriptions ("English. 中文。"), generated into `client/enum-labels.ts` by `npm run codegen`.
 */
export function enumLabel<E extends EnumName>(name: E, value: EnumValue<E>): Bilingual {
  const labels: Readonly<Record<string, Partial<Bilingual> | undefined>> = ENUM_LABELS[name];
  const label = labels[value];
  return { zh: label?.zh ?? value, en: label?.en ?? value };
}

export type { EnumName, EnumValue };
