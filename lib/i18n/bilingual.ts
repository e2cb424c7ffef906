import type { Lang } from './translate';

/** Domain text that exists in both product languages (topic titles, template labels). */
export interface BilingualText {
  id: string;
  en: string;
}

export function pick(text: BilingualText, lang: Lang): string {
  return text[lang];
}
