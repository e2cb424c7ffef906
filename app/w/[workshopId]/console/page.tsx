import Link from 'next/link';
import { colorForUser } from '@/lib/board/userColor';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { FacilitatorConsole } from '@/components/console/FacilitatorConsole';
import { requireWorkshopMember } from '@/server/web/pageGuards';
import { getSessionUser } from '@/server/web/session';
import { consoleData } from './consoleData';

export const dynamic = 'force-dynamic';

/**
 * The facilitator's console: the session's group boards live, the timer, the projector's
 * spotlight, raised hands and who is connected. The boards themselves connect from the browser.
 */
export default async function ConsolePage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const [{ lang, actor }, user] = await Promise.all([requireWorkshopMember(workshopId, `/w/${workshopId}/console`), getSessionUser()]);
  const t = dictionaryFor(lang);
  const data = await consoleData(actor, workshopId);
  if (data.kind !== 'ready') {
    return (
      <main className="plano-page">
        <p className="plano-error" role="alert">
          {data.kind === 'forbidden' ? t.console.facilitatorsOnly : t.session.noPlenary}
        </p>
      </main>
    );
  }
  return (
    <main className="plano-page" style={{ maxWidth: 1280 }} data-testid="facilitator-console">
      <header className="plano-header">
        <div>
          <Link href={`/w/${workshopId}`}>← {t.console.backToWorkshop}</Link>
          <h1>{t.console.title}</h1>
          <p className="plano-muted" data-testid="console-session">
            {data.session ? format(t.console.session, { number: data.session.number, topic: pick(data.session.title, lang) }) : t.console.noSession}
          </p>
        </div>
        <nav>
          <Link className="plano-button secondary" href={`/w/${workshopId}/projector`} target="_blank" data-testid="console-open-projector">
            {t.console.projector}
          </Link>
        </nav>
      </header>
      <FacilitatorConsole
        lang={lang}
        me={{ id: actor.userId, name: user?.name || t.console.title, color: colorForUser(actor.userId) }}
        plenaryDocName={data.plenaryDocName}
        groups={data.groups}
        people={data.people}
        workshopId={workshopId}
        sessionMinutes={data.session?.durationMinutes ?? null}
      />
    </main>
  );
}
