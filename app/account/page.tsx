import Link from 'next/link';
import { redirect } from 'next/navigation';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { ChangePasswordForm } from '@/components/account/ChangePasswordForm';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { getLang, getSessionUser } from '@/server/web/session';

export const dynamic = 'force-dynamic';

/** The facilitator's account: who is signed in, and a new password (which signs out every other device). */
export default async function AccountPage() {
  const [lang, user] = await Promise.all([getLang(), getSessionUser()]);
  if (!user) redirect('/signin?callbackUrl=%2Faccount');
  const t = dictionaryFor(lang);
  return (
    <main className="plano-page" style={{ maxWidth: 520 }}>
      <header className="plano-header">
        <div>
          <Link href="/">← {t.app.name}</Link>
          <h1>{t.account.title}</h1>
          <p className="plano-muted">{format(t.auth.signedInAs, { name: user.name ?? user.email ?? '' })}</p>
        </div>
        <LanguageSwitch lang={lang} returnTo="/account" />
      </header>
      <h2>{t.account.changePassword}</h2>
      <p className="plano-muted">{t.account.changePasswordNote}</p>
      <ChangePasswordForm labels={{ ...t.account, tooManyAttempts: t.auth.tooManyAttempts, generic: t.errors.generic }} />
    </main>
  );
}
