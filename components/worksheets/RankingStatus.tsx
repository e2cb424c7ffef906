'use client';
import type * as Y from 'yjs';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { format } from '@/lib/i18n/translate';
import type { RankingAssessment } from '@/lib/worksheets/rankingRounds';
import { formatTotal } from './RankingRoundGrid';
import { startFurtherRound } from './rankingSheetWrites';

const TIE_COLOUR = '#b45309';

/**
 * Under the grids, in words: what is missing, the issues tied at the top and the way out (a
 * further round for them only, started by the facilitator), or the main issue.
 */
export function RankingStatus({ ydoc, assessment, canStartRound, t }: { ydoc: Y.Doc; assessment: RankingAssessment; canStartRound: boolean; t: Dictionary }) {
  const s = t.rankingSheet;
  const { state } = assessment;
  const labelOf = new Map(assessment.order.map((entry) => [entry.id, entry.label]));
  const last = assessment.rounds[assessment.rounds.length - 1];
  return (
    <section className="plano-card" data-testid="ranking-status" data-state={state.kind} style={{ marginTop: 16 }}>
      {assessment.staleRounds.map((n) => (
        <p key={n} className="plano-muted" data-testid="stale-round">
          {format(s.staleRound, { n })}
        </p>
      ))}
      {state.kind === 'waiting' && (
        <p className="plano-muted" data-testid="ranking-waiting">
          {s.waiting[state.reason]}
        </p>
      )}
      {state.kind === 'round-open' && <p role="status">{format(s.roundOpen, { n: state.round })}</p>}
      {state.kind === 'tied' && (
        <>
          <p role="status" data-testid="ranking-tie" style={{ color: TIE_COLOUR, fontWeight: 700, fontSize: 18 }}>
            {format(s.tie, {
              issues: state.tied.map((id) => labelOf.get(id) ?? id).join(', '),
              total: formatTotal(last.result.ranked[0]?.total ?? 0),
            })}
          </p>
          {state.nextRound === null ? (
            <p>{format(s.noMoreRounds, { n: state.round })}</p>
          ) : (
            canStartRound && (
              <button
                type="button"
                className="plano-button"
                data-testid="start-further-round"
                onClick={() => startFurtherRound(ydoc, state.nextRound!, state.tied)}
                style={{ minHeight: 44, fontWeight: 700 }}
              >
                {format(s.startRound, { n: state.nextRound })}
              </button>
            )
          )}
        </>
      )}
      {state.kind === 'decided' && (
        <p role="status" data-testid="main-issue" style={{ fontSize: 20, fontWeight: 700, background: '#dcfce7', padding: 8, borderRadius: 6 }}>
          {format(s.mainIssue, { issue: labelOf.get(state.mainIssue) ?? state.mainIssue })}
          {state.round > 1 && <span style={{ fontWeight: 400 }}> ({format(s.decidedIn, { n: state.round })})</span>}
        </p>
      )}
      {assessment.missing > 0 && state.kind !== 'waiting' && <p className="plano-muted">{format(s.missing, { count: assessment.missing })}</p>}
    </section>
  );
}
