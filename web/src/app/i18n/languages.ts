/** Languages of the console. Chinese first: the operators read Chinese; English for visitors. */
export const LANGUAGES = [
  { code: 'zh-CN', label: '简体中文' },
  { code: 'en', label: 'English' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: LanguageCode = 'zh-CN';
export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((language) => language.code);

export function isLanguageCode(value: string | null): value is LanguageCode {
  return value !== null && (LANGUAGE_CODES as readonly string[]).includes(value);
}
