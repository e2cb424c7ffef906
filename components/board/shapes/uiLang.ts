import type { Editor } from 'tldraw';
import type { Lang } from '@/lib/i18n/translate';

/** The board's UI language: the board passes its language to tldraw as the user's locale. */
export function uiLang(editor: Editor): Lang {
  return editor.user.getLocale() === 'en' ? 'en' : 'id';
}
