import type { Lang } from '@/lib/i18n/translate';

/** A plain link (works without JavaScript): the route sets the language cookie and comes back. */
export function LanguageSwitch({ lang, returnTo }: { lang: Lang; returnTo: string }) {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  return (
    <a className="plano-button secondary" data-testid="language-switch" href={`/api/lang?set=${other}&back=${encodeURIComponent(returnTo)}`}>
      {other === 'en' ? 'English' : 'Bahasa Indonesia'}
    </a>
  );
}
