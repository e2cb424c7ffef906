import { redirect } from 'next/navigation';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { sameOriginPath } from '@/lib/web/sameOriginPath';
import { SignInForm } from '@/components/auth/SignInForm';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { getLang, getSessionUser } from '@/server/web/session';
import { TOO_MANY_ATTEMPTS_CODE } from '@/server/web/signInLimit';

export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; code?: string; wait?: string }> }) {
  const [lang, user, params] = await Promise.all([getLang(), getSessionUser(), searchParams]);
  const callbackUrl = sameOriginPath(params.callbackUrl);
  if (user) redirect(callbackUrl);
  const t = dictionaryFor(lang);
  return (
    <main className="plano-page" style={{ maxWidth: 480 }}>
      <header className="plano-header">
        <h1>{t.auth.signInTitle}</h1>
        <LanguageSwitch lang={lang} returnTo="/signin" />
      </header>
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={params.error ? (params.code === TOO_MANY_ATTEMPTS_CODE ? format(t.auth.tooManyAttempts, { seconds: Number(params.wait) || 1 }) : t.auth.badCredentials) : null}
        labels={{ email: t.auth.email, password: t.auth.password, signIn: t.auth.signIn, badCredentials: t.auth.badCredentials, tooManyAttempts: t.auth.tooManyAttempts, generic: t.errors.generic }}
      />
    </main>
  );
}
