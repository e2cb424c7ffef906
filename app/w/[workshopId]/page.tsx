import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor } from '@/lib/i18n/translate';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { BoardToggleButton } from '@/components/workshop/BoardToggleButton';
import { GatherButton } from '@/components/workshop/GatherButton';
import { ShareBoardLink } from '@/components/workshop/ShareBoardLink';
import { ExportButtons } from '@/components/workshop/ExportButtons';
import { can, canInWorkshop } from '@/lib/auth/capabilities';
import { workshopForMember } from '@/server/web/boardAccess';
import { accessInfo } from '@/server/http/docAccess';
import { getLang, getSessionUser } from '@/server/web/session';
import { docHref } from '@/lib/workshop/docHref';

export const dynamic = 'force-dynamic';

export default async function WorkshopPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const [lang, user] = await Promise.all([getLang(), getSessionUser()]);
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/w/${workshopId}`)}`);
  const found = await workshopForMember(user.userId, workshopId);
  if (!found) notFound();
  const t = dictionaryFor(lang);
  const principal = { userId: user.userId, workshopId, role: found.role, groupId: null };
  return (
    <main className="plano-page">
      <header className="plano-header">
        <div>
          <Link href="/">← {t.board.back}</Link>
          <h1>{found.workshop.title}</h1>
          <p className="plano-muted">
            {found.workshop.pdam} · {t.home.joinCode}: <strong>{found.workshop.joinCode}</strong>
          </p>
        </div>
        <nav style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          {canInWorkshop(principal, 'manage', workshopId) && (
            <Link className="plano-button secondary" href={`/w/${workshopId}/console`} data-testid="open-console">
              {t.console.open}
            </Link>
          )}
          <Link className="plano-button secondary" href={`/w/${workshopId}/projector`} data-testid="open-projector">
            {t.home.projector}
          </Link>
          <Link className="plano-button" href={`/w/${workshopId}/kerangka`} data-testid="open-kerangka">
            {t.kerangka.open}
          </Link>
          <Link className="plano-button" href={`/w/${workshopId}/people`} data-testid="open-people">
            {t.people.open}
          </Link>
          <Link className="plano-button secondary" href={`/w/${workshopId}/calendar`} data-testid="open-calendar">
            {t.calendar.open}
          </Link>
          <Link className="plano-button secondary" href={`/w/${workshopId}/details`} data-testid="open-details">
            {t.details.open}
          </Link>
          <Link className="plano-button secondary" href={`/w/${workshopId}/document`} data-testid="open-document-preview">
            {t.documentPreview.open}
          </Link>
          <ExportButtons workshopId={workshopId} lang={lang} labels={t.export} />
          <LanguageSwitch lang={lang} returnTo={`/w/${workshopId}`} />
        </nav>
      </header>
      <h2>{t.home.boards}</h2>
      <ul className="plano-list">
        {found.docs.map((doc) => (
          <li key={doc.name} style={{ display: 'grid', gap: 6 }}>
            <Link className="plano-card" href={docHref(doc)} data-testid="board-link" data-kind={doc.kind} data-topic={doc.topicId ?? ''}>
              <span>{pick(doc.title, lang)}</span>
              <span style={{ display: 'flex', gap: 6 }}>
                {doc.locked && <span className="plano-badge" data-testid="locked-badge">{t.home.locked}</span>}
                {doc.openForParticipants && <span className="plano-badge" data-testid="open-badge">{t.home.openBadge}</span>}
                <span className="plano-badge">{doc.kind === 'plenary' ? t.home.plenary : t.home.openBoard}</span>
              </span>
            </Link>
            {can(principal, 'share', accessInfo(doc)) && (
              <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'start' }}>
                <BoardToggleButton docName={doc.name} setting="lock" on={doc.locked} labels={{ turnOn: t.home.lock, turnOff: t.home.unlock, failed: t.people.failed }} />
                {doc.kind === 'plenary' && (
                  <BoardToggleButton docName={doc.name} setting="open" on={doc.openForParticipants} labels={{ turnOn: t.home.openForParticipants, turnOff: t.home.closeForParticipants, failed: t.people.failed }} />
                )}
                <div style={{ flex: 1 }}>
                  <ShareBoardLink docName={doc.name} labels={t.home} />
                </div>
              </div>
            )}
            {doc.kind === 'plenary' && canInWorkshop(principal, 'manage', workshopId) && (
              <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
                <GatherButton workshopId={workshopId} labels={t.plenary} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </main>
  );
}
