/**
 * Issue 18, "Chinese throughout": what the API says to people it says in Chinese and in English. A message
 * of the catalogue is a template with typed parameters that renders both; the caller of the API chooses
 * which one `message` carries (`Accept-Language`), and the other is always beside it.
 */

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A message in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A message of the catalogue: its Chinese and English wording from the same typed parameters. */
export interface Template<Params> {
  readonly zh: (params: Params) => string;
  readonly en: (params: Params) => string;
}

export const template = <Params = void>(
  zh: (params: Params) => string,
  en: (params: Params) => string,
): Template<Params> => ({ zh, en });

/** The message in both languages. */
export const render = <Params>(message: Template<Params>, params: Params): Bilingual => ({
  zh: message.zh(params),
  en: message.en(params),
});

/** Fixed words (a message without parameters) in both languages. */
export const words = (zh: string, en: string): Bilingual => ({ zh, en });

/** Several messages as one: Chinese joined with `；`, English with `; `. */
export const joined = (parts: readonly Bilingual[]): Bilingual => ({
  zh: parts.map((part) => part.zh).join('；'),
  en: parts.map((part) => part.en).join('; '),
});

/**
 * The language an `Accept-Language` header prefers among ours: Chinese for `zh` in any form (`zh`,
 * `zh-CN`, `zh-Hans-CN`…), English otherwise, and English when the header is absent or names neither.
 * Quality values are honoured (`en;q=0.9, zh;q=0.8` is English); among equals the first listed wins.
 */
export function preferredLanguage(acceptLanguage: string | null | undefined): Language {
  let best: { language: Language; quality: number } | undefined;
  for (const entry of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...parameters] = entry.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    const language = LANGUAGES.find((candidate) => candidate === primary);
    if (language === undefined) continue;
    const q = parameters.map((parameter) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    const quality = q === undefined ? 1 : Number(q);
    if (!Number.isFinite(quality) || quality <= 0) continue;
    if (best === undefined || quality > best.quality) best = { language, quality };
  }
  return best?.language ?? 'en';
}
