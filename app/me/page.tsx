import Link from 'next/link';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { PickGroup } from '@/components/join/PickGroup';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { participantHome } from '@/server/web/participantHome';
import { getLang } from '@/server/web/session';
import { docHref } from '@/lib/workshop/docHref';

export const dynamic = 'force-dynamic';

/** A participant's home: their group and its board first, the rest to look at. */
export default async function ParticipantHomePage() {
  const [lang, home] = await Promise.all([getLang(), participantHome()]);
  const t = dictionaryFor(lang);
  if (!home) {
    return (
      <main className="plano-page" style={{ maxWidth: 520 }}>
        <p>{t.me.notJoined}</p>
        <Link className="plano-button" href="/join">
          {t.me.joinNow}
        </Link>
      </main>
    );
  }
  const { participant, workshop, group, groups, writable, readOnly } = home;
  return (
    <main className="plano-page">
      <header className="plano-header">
        <div>
          <h1>{format(t.me.greeting, { name: participant.name })}</h1>
          <p className="plano-muted">
            {workshop?.title} · {workshop?.pdam}
          </p>
        </div>
        <LanguageSwitch lang={lang} returnTo="/me" />
      </header>
      {participant.role === 'observer' && <p data-testid="observer-note">{t.me.observerNote}</p>}
      {group ? (
        <section className="plano-card" style={{ borderLeft: `12px solid ${group.color}`, marginBottom: 24 }} data-testid="my-group">
          <h2 style={{ marginTop: 0 }}>
            {t.me.yourGroup}: {group.name}
          </h2>
          {group.boardName && (
            <Link className="plano-button" href={`/board/${group.boardName}`} data-testid="open-group-board" style={{ background: group.color, borderColor: group.color }}>
              {t.me.openGroupBoard}
            </Link>
          )}
        </section>
      ) : (
        participant.role === 'participant' && (
          <section style={{ marginBottom: 24 }}>
            <p>{t.me.noGroupYet}</p>
            <PickGroup groups={groups} label={t.me.pickGroup} failed={t.people.failed} />
          </section>
        )
      )}
      {writable.length > 0 && (
        <>
          <h2>{t.me.writableDocs}</h2>
          <ul className="plano-list" data-testid="writable-docs">
            {writable.map((doc) => (
              <li key={doc.name}>
                <Link className="plano-card" href={docHref(doc)} data-testid="writable-doc" data-kind={doc.kind}>
                  {pick(doc.title, lang)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t.me.otherBoards}</h2>
      <ul className="plano-list" data-testid="read-only-docs">
        {readOnly.map((doc) => (
          <li key={doc.name}>
            <Link className="plano-card" href={docHref(doc)} data-testid="readable-board" data-kind={doc.kind}>
              {pick(doc.title, lang)}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
