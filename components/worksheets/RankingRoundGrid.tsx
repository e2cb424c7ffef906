'use client';
import type * as Y from 'yjs';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { format } from '@/lib/i18n/translate';
import type { AssessedRound } from '@/lib/worksheets/rankingRounds';
import { RANKING_MAP, rankingScoreKey } from '@/lib/worksheets/rankingSheet';
import type { Scale } from '@/lib/worksheets/scale';
import { NumberCell } from './NumberCell';
import { RankingLabelCell } from './RankingLabelCell';
import { removeCriterion, removeIssue, rename, setScale, setScore } from './rankingSheetWrites';
import { ScalePicker } from './ScalePicker';
import { scoreRefusal, storedScoreFlag } from './scoreMessages';
import type { SheetPresence } from './sheetPeers';
import { TableScroller } from './TableScroller';

const TOUCH = { minHeight: 44, minWidth: 44, fontSize: 16, padding: 0, flex: 'none' } as const;
const MAIN_ISSUE_BACKGROUND = '#dcfce7';
const TIED_BACKGROUND = '#fef3c7';

/** A total as people write it: whole numbers plain, halves as 7.5, no floating-point tails. */
export function formatTotal(total: number): string {
  return String(Math.round(total * 100) / 100);
}

interface Props {
  ydoc: Y.Doc;
  round: AssessedRound;
  /** Each criterion's scale, by id. */
  scales: Readonly<Record<string, Scale>>;
  /** Round 1 is where issues and criteria are named and removed; further rounds only score. */
  editable: boolean;
  canWrite: boolean;
  /** The facilitator: sets each criterion's scale. */
  canConfigure: boolean;
  presence: SheetPresence;
  /** The main issue, in the round that settled it. */
  mainIssue: string | null;
  /** Issues sharing the top of this round while it is the last one. */
  tied: readonly string[];
  t: Dictionary;
}

/** One round of the ranking matrix: issues by criteria, the score cells, live totals and ranks. */
export function RankingRoundGrid({ ydoc, round, scales, editable, canWrite, canConfigure, presence, mainIssue, tied, t }: Props) {
  const { matrix, result } = round;
  const rankOf = new Map(result.ranked.map((entry) => [entry.item, entry]));
  const stored = ydoc.getMap(RANKING_MAP.scores);
  const s = t.rankingSheet;
  return (
    <section data-testid="ranking-round" data-round={round.number} style={{ marginTop: 16 }}>
      <h2>{round.number === 1 ? s.roundOne : format(s.furtherRound, { n: round.number })}</h2>
      <TableScroller t={t}>
        <table style={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'auto' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left', padding: 4, minWidth: '11em' }}>{s.issueColumn}</th>
              {matrix.criteria.map((c) => (
                <th key={c.id} data-testid="criterion-column" style={{ padding: 4, verticalAlign: 'bottom' }}>
                  <div style={{ display: 'flex', gap: 4, alignItems: 'center' }}>
                    <RankingLabelCell value={c.label} label={format(s.renameOf, { label: c.label })} disabled={!canWrite || !editable} onCommit={(text) => rename(ydoc, 'criteria', c.id, text)} minWidth="4.5em" />
                    {canWrite && editable && (
                      <button type="button" onClick={() => removeCriterion(ydoc, c.id)} style={TOUCH} aria-label={format(s.removeOf, { label: c.label })}>
                        ✕
                      </button>
                    )}
                  </div>
                  <ScalePicker scale={scales[c.id]} criterion={c.label} editable={canConfigure && editable} onChange={(scale) => setScale(ydoc, c.id, scale)} t={t} />
                </th>
              ))}
              <th style={{ padding: 4 }}>{s.total}</th>
              <th style={{ padding: 4 }}>{s.rank}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.issues.map((issue) => {
              const ranked = rankOf.get(issue.id);
              const isMain = issue.id === mainIssue;
              const isTied = tied.includes(issue.id);
              return (
                <tr
                  key={issue.id}
                  data-testid="issue-row"
                  data-issue={issue.label}
                  data-main={isMain}
                  data-tied={isTied}
                  style={{ background: isMain ? MAIN_ISSUE_BACKGROUND : isTied ? TIED_BACKGROUND : undefined, fontWeight: isMain ? 700 : undefined }}
                >
                  <th scope="row" style={{ textAlign: 'left', padding: 4 }}>
                    <div style={{ display: 'flex', gap: 4, alignItems: 'center' }}>
                      <RankingLabelCell value={issue.label} label={format(s.renameOf, { label: issue.label })} disabled={!canWrite || !editable} onCommit={(text) => rename(ydoc, 'issues', issue.id, text)} minWidth="9em" />
                      {canWrite && editable && (
                        <button type="button" onClick={() => removeIssue(ydoc, issue.id)} style={TOUCH} aria-label={format(s.removeOf, { label: issue.label })}>
                          ✕
                        </button>
                      )}
                    </div>
                  </th>
                  {matrix.criteria.map((c) => {
                    const key = rankingScoreKey(round.number, issue.id, c.id);
                    const raw = stored.get(key);
                    return (
                      <td key={c.id} style={{ padding: 4, textAlign: 'center' }}>
                        <NumberCell
                          value={typeof raw === 'number' ? raw : undefined}
                          label={format(s.scoreOf, { issue: issue.label, criterion: c.label, round: round.number })}
                          disabled={!canWrite}
                          onInput={(text) => scoreRefusal(t, setScore(ydoc, round.number, issue.id, c.id, text), text, scales[c.id])}
                          testId="score-cell"
                          t={t}
                          peers={presence.inCell(key)}
                          writer={() => presence.writerOf(RANKING_MAP.scores, key)}
                          onPresence={(inCell) => presence.enter(inCell ? key : null)}
                          flag={storedScoreFlag(t, raw, scales[c.id])}
                        />
                      </td>
                    );
                  })}
                  <td data-testid="issue-total" style={{ padding: 4, textAlign: 'center', fontSize: 18 }}>
                    {formatTotal(ranked?.total ?? 0)}
                  </td>
                  <td data-testid="issue-rank" style={{ padding: 4, textAlign: 'center', fontSize: 18 }}>
                    {ranked?.rank ?? ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroller>
    </section>
  );
}
