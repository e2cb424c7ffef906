import Link from 'next/link';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { CoFacilitateForm } from '@/components/auth/CoFacilitateForm';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { workshopOfFacilitatorInvite } from '@/server/web/coFacilitation';
import { getLang, getSessionUser } from '@/server/web/session';

export const dynamic = 'force-dynamic';

export default async function CoFacilitatePage({ searchParams }: { searchParams: Promise<{ invite?: string }> }) {
  const [lang, user, { invite }] = await Promise.all([getLang(), getSessionUser(), searchParams]);
  const t = dictionaryFor(lang);
  const workshop = invite ? await workshopOfFacilitatorInvite(invite) : null;
  const returnTo = invite ? `/cofacilitate?invite=${encodeURIComponent(invite)}` : '/cofacilitate';
  return (
    <main className="plano-page" style={{ maxWidth: 560 }}>
      <header className="plano-header">
        <h1>{t.cofacilitate.title}</h1>
        <LanguageSwitch lang={lang} returnTo={returnTo} />
      </header>
      {!workshop || !invite ? (
        <p className="plano-error" role="alert">
          {t.cofacilitate.invalidInvite}
        </p>
      ) : (
        <>
          <p>{format(t.cofacilitate.intro, { title: workshop.title, pdam: workshop.pdam })}</p>
          <CoFacilitateForm invite={invite} signedIn={Boolean(user)} labels={{ ...t.cofacilitate, generic: t.errors.generic }} />
          {!user && (
            <p>
              <Link href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`}>{t.auth.signIn}</Link>
            </p>
          )}
        </>
      )}
    </main>
  );
}
