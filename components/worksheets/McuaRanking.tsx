'use client';
import type * as Y from 'yjs';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { format, type Lang } from '@/lib/i18n/translate';
import type { McuaMatrix } from '@/lib/scoring/mcua';
import { ASSESSMENT_GROUPS, assessSheet, describeSensitivity, type SensitivityPhrase } from '@/lib/worksheets/mcuaAssessment';
import { assessMcuaRounds, type McuaFurtherRound } from '@/lib/worksheets/mcuaRounds';
import { McuaRoundGrid } from './McuaRoundGrid';
import { startMcuaRound } from './mcuaSheetWrites';
import type { SheetPresence } from './sheetPeers';

const TIE_COLOUR = '#b45309';

/** A number with one decimal in the reader's style (23,5 in Indonesian). */
function oneDecimal(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

function sensitivityLine(phrase: SensitivityPhrase, t: Dictionary, lang: Lang): string {
  return format(phrase.direction === 'down' ? t.worksheets.sensitivityDown : t.worksheets.sensitivityUp, {
    criterion: phrase.criterion,
    from: oneDecimal(phrase.fromPercent, lang),
    to: oneDecimal(phrase.toPercent, lang),
    points: oneDecimal(phrase.points, lang),
    weightFrom: oneDecimal(phrase.weightFrom, lang),
    weightTo: oneDecimal(phrase.weightTo, lang),
    action: phrase.overtakenBy,
  });
}

interface Props {
  ydoc: Y.Doc;
  matrix: McuaMatrix;
  further: readonly McuaFurtherRound[];
  canWrite: boolean;
  /** The facilitator, who starts a further round. */
  canStartRound: boolean;
  presence: SheetPresence;
  t: Dictionary;
  lang: Lang;
}

/**
 * The live MCUA result under the grid: overall (with its further rounds when the top is tied)
 * and per aspect group, with how far each weight may move, in both directions, before the top
 * changes.
 */
export function McuaRanking({ ydoc, matrix, further, canWrite, canStartRound, presence, t, lang }: Props) {
  const assessment = assessSheet(matrix);
  if (!assessment.ok) {
    return (
      <p className="plano-muted" data-testid="ranking-waiting">
        {t.worksheets.reasons[assessment.reason]}
      </p>
    );
  }
  const labelOf = new Map(matrix.actions.map((a) => [a.id, a.label]));
  const rounds = assessMcuaRounds(matrix, further);
  const { state } = rounds;
  const missing = assessment.byGroup.overall.missing.length;
  const total = (value: number) => value.toFixed(2);
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      {missing > 0 && <p className="plano-muted">{format(t.worksheets.missing, { count: missing })}</p>}
      {rounds.rounds.slice(1).map((round) => (
        <McuaRoundGrid key={round.number} ydoc={ydoc} round={round} canWrite={canWrite} presence={presence} t={t} />
      ))}
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))' }}>
        {ASSESSMENT_GROUPS.map((group) => {
          const result = assessment.byGroup[group];
          if (result.ranked.length === 0) return null;
          const overall = group === 'overall';
          const phrases = overall ? (state.kind === 'decided' && state.round === 1 ? describeSensitivity(matrix, result) : []) : result.ranked.length > 1 ? describeSensitivity(matrix, result) : [];
          return (
            <section key={group} className="plano-card" data-testid={`ranking-${group}`} style={overall ? { gridColumn: '1 / -1' } : undefined}>
              <h3 style={{ marginTop: 0 }}>{overall ? t.worksheets.overall : t.worksheets.aspects[group]}</h3>
              {rounds.staleRounds.length > 0 && overall && rounds.staleRounds.map((n) => <p key={n} className="plano-muted">{format(t.worksheets.staleRound, { n })}</p>)}
              {overall && state.kind === 'tied' && (
                <>
                  <p role="status" data-testid="ranking-tie" style={{ color: TIE_COLOUR, fontWeight: 700 }}>
                    {format(t.worksheets.overallTie, { actions: state.tied.map((id) => labelOf.get(id) ?? id).join(', '), total: total(rounds.rounds.at(-1)!.result.ranked[0]?.total ?? 0) })}
                  </p>
                  {state.nextRound === null ? (
                    <p>{format(t.worksheets.noMoreRounds, { n: state.round })}</p>
                  ) : (
                    canStartRound && (
                      <button type="button" className="plano-button" data-testid="start-further-round" onClick={() => startMcuaRound(ydoc, state.nextRound!, state.tied)} style={{ minHeight: 44, fontWeight: 700 }}>
                        {format(t.worksheets.startRound, { n: state.nextRound, actions: state.tied.map((id) => labelOf.get(id) ?? id).join(', ') })}
                      </button>
                    )
                  )}
                </>
              )}
              {overall && state.kind === 'round-open' && <p role="status">{format(t.worksheets.roundOpen, { n: state.round })}</p>}
              {!overall && result.tiedForTop.length > 0 && (
                <p role="status" data-testid="aspect-tie" style={{ color: TIE_COLOUR, fontWeight: 600 }}>
                  {t.worksheets.tie}
                </p>
              )}
              <ol style={{ paddingLeft: 0, listStyle: 'none' }}>
                {overall
                  ? rounds.order.map((entry) => (
                      <li key={entry.id} data-testid="ranked-action" data-rank={entry.rank}>
                        <strong>{entry.rank}.</strong> {entry.label} · {total(entry.totals[0])}
                        {entry.totals.slice(1).map((value, index) => (
                          <span key={index}> · {format(t.worksheets.roundTotal, { n: index + 2, total: total(value) })}</span>
                        ))}
                      </li>
                    ))
                  : result.ranked.map((entry) => (
                      <li key={entry.item} data-testid="ranked-action" data-rank={entry.rank}>
                        <strong>{entry.rank}.</strong> {labelOf.get(entry.item)} · {total(entry.total)}
                      </li>
                    ))}
              </ol>
              {result.top && (
                <>
                  <h4>{t.worksheets.sensitivity}</h4>
                  {phrases.length === 0 ? (
                    <p className="plano-muted">{t.worksheets.sensitivityNone}</p>
                  ) : (
                    <ul data-testid="sensitivity">
                      {phrases.map((phrase) => (
                        <li key={`${phrase.criterion}-${phrase.direction}`}>{sensitivityLine(phrase, t, lang)}</li>
                      ))}
                    </ul>
                  )}
                </>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
