import Link from 'next/link';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { SignOutButton } from '@/components/auth/SignOutButton';
import { CreateWorkshopForm } from '@/components/workshop/CreateWorkshopForm';
import { ImportWorkshopForm } from '@/components/workshop/ImportWorkshopForm';
import { workshopsOf } from '@/server/web/boardAccess';
import { getLang, getSessionUser } from '@/server/web/session';
import { wrongPasswordsFor } from '@/server/web/signInLimit';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [lang, user] = await Promise.all([getLang(), getSessionUser()]);
  const t = dictionaryFor(lang);
  const workshops = user ? await workshopsOf(user.userId) : [];
  const wrongPasswords = user ? wrongPasswordsFor(user.email) : 0;
  return (
    <main className="plano-page">
      <header className="plano-header">
        <div>
          <h1>{t.app.name}</h1>
          <p className="plano-muted">{t.app.tagline}</p>
        </div>
        <nav style={{ display: 'flex', gap: 8 }}>
          <LanguageSwitch lang={lang} returnTo="/" />
          {user && (
            <Link className="plano-button secondary" href="/account" data-testid="open-account">
              {t.account.open}
            </Link>
          )}
          {user ? <SignOutButton label={t.auth.signOut} /> : <Link className="plano-button" href="/signin">{t.auth.signIn}</Link>}
        </nav>
      </header>
      {wrongPasswords > 0 && (
        <p className="plano-notice" role="status" data-testid="wrong-passwords-notice">
          {format(t.auth.wrongPasswordsNotice, { count: wrongPasswords })}
        </p>
      )}
      {user && (
        <section>
          <h2>{t.home.workshops}</h2>
          {workshops.length === 0 ? (
            <p className="plano-muted">{t.home.noWorkshops}</p>
          ) : (
            <ul className="plano-list">
              {workshops.map((workshop) => (
                <li key={workshop.id}>
                  <Link className="plano-card" href={`/w/${workshop.id}`} data-testid="workshop-link">
                    <span>
                      <strong>{workshop.title}</strong>
                      <br />
                      <span className="plano-muted">{workshop.pdam}</span>
                    </span>
                    <span className="plano-badge">{t.home.joinCode}: {workshop.joinCode}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <div style={{ marginTop: 24 }}>
            <CreateWorkshopForm labels={t.home} />
          </div>
          <div style={{ marginTop: 24 }}>
            <ImportWorkshopForm labels={t.archive} />
          </div>
        </section>
      )}
      {!user && (
        <p>
          <Link className="plano-button" href="/join" data-testid="join-link">
            {t.join.title}
          </Link>
        </p>
      )}
    </main>
  );
}
