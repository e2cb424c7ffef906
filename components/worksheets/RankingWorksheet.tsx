'use client';
import { useState, type FormEvent } from 'react';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { ISSUE_RANKING_CRITERIA_EXAMPLES } from '@/lib/method/vocabularies';
import { rankingOutputData } from '@/lib/outputs/agreedData';
import { assessRankingRounds } from '@/lib/worksheets/rankingRounds';
import { readRankingSheet, snapshotRankingSheet } from '@/lib/worksheets/rankingSheet';
import { AgreementPanel } from './AgreementPanel';
import { formatTotal, RankingRoundGrid } from './RankingRoundGrid';
import { RankingStatus } from './RankingStatus';
import { addCriterion, addIssue } from './rankingSheetWrites';
import { sheetPresence } from './sheetPeers';
import { UndoBar } from './UndoBar';
import { useWorksheetDoc } from './useWorksheetDoc';
import type { WorksheetProps } from './worksheetProps';
import { WorksheetStatus } from './WorksheetStatus';

const TOUCH = { minHeight: 44, fontSize: 16 } as const;
const FORM_STYLE = { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end' } as const;

/**
 * The Matriks Pemeringkatan of topic 2.1: criteria and candidate issues, a score grid per round
 * with live totals and ranks, the tie at the top in words with a further round for the tied
 * issues only, and the main issue once one leads alone; then the agreement.
 */
export function RankingWorksheet({ workshopId, outputId, docName, canWrite, canAgree, versions, lang, zone, viewer }: WorksheetProps) {
  const t = dictionaryFor(lang);
  const s = t.rankingSheet;
  const sheet = useWorksheetDoc(docName, viewer);
  const [criterion, setCriterion] = useState('');
  const [issue, setIssue] = useState('');
  if (!sheet) return <p className="plano-muted">{t.worksheets.connection.connecting}</p>;
  const { ydoc } = sheet;
  const read = readRankingSheet(snapshotRankingSheet(ydoc));
  const presence = sheetPresence(sheet);
  const assessment = assessRankingRounds(read);
  // The same check the server makes when the facilitator agrees, so every device says why not yet.
  const agreement = rankingOutputData(read);
  const { state } = assessment;
  const lastRound = assessment.rounds[assessment.rounds.length - 1].number;
  const criterionLabels = new Set(read.rounds[0].matrix.criteria.map((c) => c.label.toLocaleLowerCase()));
  const suggestions = ISSUE_RANKING_CRITERIA_EXAMPLES.map((term) => pick(term.label, lang)).filter((label) => !criterionLabels.has(label.toLocaleLowerCase()));

  function submitCriterion(event: FormEvent) {
    event.preventDefault();
    if (!criterion.trim()) return;
    addCriterion(ydoc, criterion);
    setCriterion('');
  }
  function submitIssue(event: FormEvent) {
    event.preventDefault();
    if (!issue.trim()) return;
    addIssue(ydoc, issue);
    setIssue('');
  }

  return (
    <div data-testid="ranking-worksheet" data-connection={sheet.connection}>
      <WorksheetStatus connection={sheet.connection} canWrite={canWrite} t={t} />
      {canWrite && <UndoBar undo={sheet.undo} t={t} />}

      {canWrite && (
        <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))' }}>
          <form className="plano-card" data-testid="criterion-form" onSubmit={submitCriterion} style={FORM_STYLE}>
            <h2 style={{ width: '100%', margin: 0 }}>{s.criteria}</h2>
            <label>
              {s.criterionLabel}
              <br />
              <input name="label" required maxLength={200} value={criterion} onChange={(e) => setCriterion(e.target.value)} style={TOUCH} />
            </label>
            <button type="submit" style={TOUCH}>
              {s.addCriterion}
            </button>
            {suggestions.length > 0 && (
              <p style={{ width: '100%', margin: 0, display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
                {s.suggestions}
                {suggestions.map((label) => (
                  <button key={label} type="button" className="plano-button secondary" data-testid="criterion-suggestion" onClick={() => addCriterion(ydoc, label)} style={TOUCH}>
                    + {label}
                  </button>
                ))}
              </p>
            )}
          </form>
          <form className="plano-card" data-testid="issue-form" onSubmit={submitIssue} style={FORM_STYLE}>
            <h2 style={{ width: '100%', margin: 0 }}>{s.issues}</h2>
            <label>
              {s.issueLabel}
              <br />
              <input name="label" required maxLength={200} value={issue} onChange={(e) => setIssue(e.target.value)} style={TOUCH} />
            </label>
            <button type="submit" style={TOUCH}>
              {s.addIssue}
            </button>
          </form>
        </div>
      )}

      {assessment.rounds.map((round) => (
        <RankingRoundGrid
          key={round.number}
          ydoc={ydoc}
          round={round}
          scales={read.scales}
          editable={round.number === 1}
          canWrite={canWrite}
          canConfigure={canAgree}
          presence={presence}
          mainIssue={state.kind === 'decided' && state.round === round.number ? state.mainIssue : null}
          tied={state.kind === 'tied' && round.number === lastRound ? state.tied : []}
          t={t}
        />
      ))}

      <RankingStatus ydoc={ydoc} assessment={assessment} canStartRound={canWrite && canAgree} t={t} />

      {state.kind !== 'waiting' && (
        <section>
          <h2>{s.finalOrder}</h2>
          <ol data-testid="final-order" style={{ paddingLeft: 0, listStyle: 'none', fontSize: 18 }}>
            {assessment.order.map((entry) => (
              <li key={entry.id} data-testid="ranked-issue" data-rank={entry.rank} style={{ minHeight: 32, fontWeight: state.kind === 'decided' && entry.id === state.mainIssue ? 700 : undefined }}>
                {entry.rank}. {entry.label} · {formatTotal(entry.totals[0])}
                {entry.totals.slice(1).map((total, index) => (
                  <span key={index}> · {format(s.roundTotal, { n: index + 2, total: formatTotal(total) })}</span>
                ))}
              </li>
            ))}
          </ol>
        </section>
      )}

      <AgreementPanel workshopId={workshopId} outputId={outputId} docName={docName} ydoc={ydoc} canAgree={canAgree} blocker={agreement.ok ? null : agreement.reason} initialVersions={versions} t={t} lang={lang} zone={zone} />
    </div>
  );
}
