'use client';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { format } from '@/lib/i18n/translate';
import type { RankingOutputData } from '@/lib/outputs/agreedData';
import { formatTotal } from './RankingRoundGrid';

/** An agreed ranking matrix (2.1): its main issue, then every issue in final order with its totals per round. */
export function RankingVersion({ data, t }: { data: RankingOutputData; t: Dictionary }) {
  const s = t.rankingSheet;
  return (
    <>
      <p data-testid="version-main-issue" style={{ fontWeight: 700 }}>
        {format(s.mainIssue, { issue: data.mainIssue.label })}
      </p>
      <ol data-testid="version-ranking" style={{ paddingLeft: 0, listStyle: 'none' }}>
        {data.ranking.map((entry) => (
          <li key={entry.id} data-rank={entry.rank}>
            {entry.rank}. {entry.label} · {formatTotal(entry.totals[0] ?? 0)}
            {entry.totals.slice(1).map((total, index) => (
              <span key={index}> · {format(s.roundTotal, { n: index + 2, total: formatTotal(total) })}</span>
            ))}
          </li>
        ))}
      </ol>
    </>
  );
}
