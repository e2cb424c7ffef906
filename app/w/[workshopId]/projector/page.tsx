import { colorForUser } from '@/lib/board/userColor';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { ProjectorStage } from '@/components/projector/ProjectorStage';
import { JoinOverlay } from '@/components/projector/JoinOverlay';
import { requireWorkshopMember } from '@/server/web/pageGuards';
import { qrSvg } from '@/server/web/qrCode';
import { requestOrigin } from '@/server/web/session';
import { projectorData } from './projectorData';

export const dynamic = 'force-dynamic';

/**
 * Projector mode: the plenary board full screen and read-only, following a facilitator's view,
 * with the session timer and the join code for latecomers; a spotlit group board while it presents.
 */
export default async function ProjectorPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const [{ lang, actor }, origin] = await Promise.all([requireWorkshopMember(workshopId, `/w/${workshopId}/projector`), requestOrigin()]);
  const t = dictionaryFor(lang);
  const data = await projectorData(actor, workshopId);
  if (data.kind !== 'ready') {
    return (
      <main className="plano-page">
        <p className="plano-error" role="alert">
          {data.kind === 'forbidden' ? t.session.facilitatorsOnly : t.session.noPlenary}
        </p>
      </main>
    );
  }
  const joinUrl = `${origin}/join?code=${data.joinCode}`;
  const qr = await qrSvg(joinUrl);
  return (
    <div data-testid="projector-page">
      <ProjectorStage
        plenaryDocName={data.plenaryDocName}
        groups={data.groups}
        title={t.session.projectorTitle}
        user={{ id: actor.userId, name: t.session.projectorTitle, color: colorForUser(actor.userId) }}
        lang={lang}
        followUserIds={data.facilitatorIds}
      />
      <JoinOverlay
        joinCode={data.joinCode}
        joinUrl={joinUrl}
        qr={qr}
        labels={{ showJoin: t.session.showJoin, hideJoin: t.session.hideJoin, joinAt: format(t.session.joinAt, { url: `${origin}/join` }) }}
      />
    </div>
  );
}
