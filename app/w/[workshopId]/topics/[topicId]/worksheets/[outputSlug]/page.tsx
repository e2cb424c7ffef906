import Link from 'next/link';
import { notFound } from 'next/navigation';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor } from '@/lib/i18n/translate';
import { AgreedInputs } from '@/components/worksheets/AgreedInputs';
import { AttendanceNamesProvider } from '@/components/worksheets/AttendanceNames';
import { McuaWorksheetClient } from '@/components/worksheets/McuaWorksheetClient';
import { RankingWorksheetClient } from '@/components/worksheets/RankingWorksheetClient';
import { TableWorksheetClient } from '@/components/worksheets/TableWorksheetClient';
import type { WorksheetProps } from '@/components/worksheets/worksheetProps';
import { BoardToggleButton } from '@/components/workshop/BoardToggleButton';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { requireWorkshopMember } from '@/server/web/pageGuards';
import { getLang } from '@/server/web/session';
import { agreedInputsOf } from '@/server/web/outputs';
import { openWorksheet, worksheetViewer } from '@/server/web/worksheets';

export const dynamic = 'force-dynamic';

/**
 * One worksheet of a topic, e.g. `/w/<id>/topics/4.7/worksheets/assessment-matrix` for 4.7's
 * MCUA matrix. The first facilitator to open it creates its document.
 */
export default async function WorksheetPage({ params }: { params: Promise<{ workshopId: string; topicId: string; outputSlug: string }> }) {
  const { workshopId, topicId, outputSlug } = await params;
  const pagePath = `/w/${workshopId}/topics/${topicId}/worksheets/${outputSlug}`;
  const [lang, viewer] = await Promise.all([getLang(), worksheetViewer(workshopId)]);
  // Neither a member nor a participant of this workshop: sign in (or not found), as on other workshop pages.
  const { actor, member, name } = viewer ?? { ...(await requireWorkshopMember(workshopId, pagePath)), member: true, name: '' };
  const sheet = await openWorksheet(actor, workshopId, topicId, outputSlug);
  if (!sheet) notFound();
  // What earlier topics agreed, which this sheet works from (2.3 measures 2.1's main issue …).
  const inputs = await agreedInputsOf(actor, workshopId, sheet.topic);
  const t = dictionaryFor(lang);
  // What every kind of worksheet is given, once its document exists; a table also gets its form.
  const worksheet: WorksheetProps | null = sheet.docName
    ? {
        workshopId,
        outputId: sheet.output.id,
        docName: sheet.docName,
        canWrite: sheet.canWrite,
        canAgree: sheet.canAgree,
        versions: sheet.versions,
        lang,
        zone: sheet.zone,
        viewer: { id: actor.userId, name: name || t.worksheets.someone },
      }
    : null;
  return (
    <main className="plano-page plano-wide plano-sheet" data-testid="worksheet-page" data-output={sheet.output.id}>
      <header className="plano-header">
        <div>
          {member ? <Link href={`/w/${workshopId}/topics/${topicId}`}>← {t.worksheets.backToTopic}</Link> : <Link href="/me">← {t.tables.backHome}</Link>}
          <h1>
            {sheet.topic.id} {pick(sheet.output.title, lang)}
          </h1>
          <p className="plano-muted">{pick(sheet.output.description, lang)}</p>
        </div>
        <LanguageSwitch lang={lang} returnTo={pagePath} />
      </header>
      {sheet.docName && sheet.canAgree && (
        // The plenary fills the sheet together once the facilitator opens it for participants' writes.
        <p>
          <BoardToggleButton
            docName={sheet.docName}
            setting="open"
            on={sheet.openForParticipants}
            labels={{ turnOn: t.home.openForParticipants, turnOff: t.home.closeForParticipants, failed: t.people.failed }}
          />
        </p>
      )}
      {sheet.docName && (
        // The sheet as it stands now; a plain link, so the browser names and keeps the file (or shows why not yet).
        <p>
          <a className="plano-button secondary" href={`/api/workshops/${encodeURIComponent(workshopId)}/worksheets/${encodeURIComponent(topicId)}/${encodeURIComponent(outputSlug)}/xlsx?lang=${lang}`} data-testid="worksheet-xlsx">
            {t.worksheetXlsx.download}
          </a>
        </p>
      )}
      <AgreedInputs inputs={inputs} lang={lang} zone={sheet.zone} />
      {worksheet ? (
        // The agreement panel inside each kind of sheet offers these names to tick as present.
        <AttendanceNamesProvider sections={sheet.attendance}>
          {sheet.sheet.type === 'table' ? (
            <TableWorksheetClient {...worksheet} formId={sheet.sheet.form.id} />
          ) : sheet.sheet.type === 'ranking' ? (
            <RankingWorksheetClient {...worksheet} />
          ) : (
            <McuaWorksheetClient {...worksheet} />
          )}
        </AttendanceNamesProvider>
      ) : (
        <p className="plano-muted">{t.worksheets.notOpened}</p>
      )}
    </main>
  );
}
