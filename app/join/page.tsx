import { dictionaryFor, format } from '@/lib/i18n/translate';
import { JoinForm } from '@/components/join/JoinForm';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { getLang } from '@/server/web/session';

export const dynamic = 'force-dynamic';

/** Joining by code (typed, or from the QR code on the projector) or by invite link. */
export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string; invite?: string; role?: string }> }) {
  const [lang, params] = await Promise.all([getLang(), searchParams]);
  const t = dictionaryFor(lang);
  const invite = params.invite ?? null;
  const returnTo = invite ? `/join?invite=${encodeURIComponent(invite)}` : params.code ? `/join?code=${encodeURIComponent(params.code)}` : '/join';
  return (
    <main className="plano-page" style={{ maxWidth: 520 }}>
      <header className="plano-header">
        <h1>{t.join.title}</h1>
        <LanguageSwitch lang={lang} returnTo={returnTo} />
      </header>
      {invite && params.role && (params.role === 'participant' || params.role === 'observer') && (
        <p>{format(t.join.invited, { role: t.people.roles[params.role] })}</p>
      )}
      <JoinForm initialCode={params.code ?? ''} invite={invite} labels={{ ...t.join, generic: t.errors.generic }} />
    </main>
  );
}
