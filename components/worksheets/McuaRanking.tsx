'use client';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { format } from '@/lib/i18n/translate';
import type { McuaMatrix } from '@/lib/scoring/mcua';
import { ASSESSMENT_GROUPS, assessSheet, describeSensitivity } from '@/lib/worksheets/mcuaAssessment';

/** The live MCUA result under the grid: per group and overall, ties and sensitivity in words. */
export function McuaRanking({ matrix, t }: { matrix: McuaMatrix; t: Dictionary }) {
  const assessment = assessSheet(matrix);
  if (!assessment.ok) {
    return (
      <p className="plano-muted" data-testid="ranking-waiting">
        {t.worksheets.reasons[assessment.reason]}
      </p>
    );
  }
  const labelOf = new Map(matrix.actions.map((a) => [a.id, a.label]));
  const missing = assessment.byGroup.overall.missing.length;
  return (
    <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))' }}>
      {missing > 0 && <p className="plano-muted" style={{ gridColumn: '1 / -1' }}>{format(t.worksheets.missing, { count: missing })}</p>}
      {ASSESSMENT_GROUPS.map((group) => {
        const result = assessment.byGroup[group];
        if (result.ranked.length === 0) return null;
        const phrases = group === 'overall' || result.ranked.length > 1 ? describeSensitivity(matrix, result) : [];
        return (
          <section key={group} className="plano-card" data-testid={`ranking-${group}`}>
            <h3 style={{ marginTop: 0 }}>{group === 'overall' ? t.worksheets.overall : t.worksheets.aspects[group]}</h3>
            {result.tiedForTop.length > 0 && (
              <p role="status" data-testid="ranking-tie" style={{ color: '#b45309', fontWeight: 600 }}>
                {t.worksheets.tie}
              </p>
            )}
            <ol style={{ paddingLeft: 0, listStyle: 'none' }}>
              {result.ranked.map((entry) => (
                <li key={entry.item} data-testid="ranked-action" data-rank={entry.rank}>
                  <strong>{entry.rank}.</strong> {labelOf.get(entry.item)} · {entry.total.toFixed(2)}
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
                      <li key={phrase.criterion}>
                        {format(phrase.direction === 'down' ? t.worksheets.sensitivityDown : t.worksheets.sensitivityUp, {
                          criterion: phrase.criterion,
                          amount: phrase.amount,
                          percent: phrase.percent ?? '∞',
                          action: phrase.overtakenBy,
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
