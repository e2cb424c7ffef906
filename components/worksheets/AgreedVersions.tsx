'use client';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { format, type Lang } from '@/lib/i18n/translate';
import type { AgreedOutputView } from '@/lib/outputs/agreedData';
import { diffMcuaVersions, diffRankingVersions, isEmptyDiff, isEmptyRankingDiff, type McuaVersionDiff, type RankingVersionDiff } from '@/lib/outputs/diff';
import { tableFormById } from '@/lib/worksheets/forms';
import { formatDateTime, type ZoneCode } from '@/lib/workshop/timeZones';
import { AgreedTable, TableDiffLines } from './AgreedTable';
import { RankingVersion } from './RankingVersion';
import { VersionDiffList } from './VersionDiffList';

function DiffLines({ diff, t }: { diff: McuaVersionDiff; t: Dictionary }) {
  if (isEmptyDiff(diff)) return <p className="plano-muted">{t.outputs.noChanges}</p>;
  const list = (items: string[]) => items.join(', ');
  const lines = [
    diff.addedActions.length > 0 && format(t.outputs.added, { items: list(diff.addedActions) }),
    diff.removedActions.length > 0 && format(t.outputs.removed, { items: list(diff.removedActions) }),
    diff.changedActions.length > 0 && format(t.outputs.renamed, { items: list(diff.changedActions.map((c) => `${c.previousLabel} → ${c.label}`)) }),
    diff.addedCriteria.length > 0 && format(t.outputs.criteriaAdded, { items: list(diff.addedCriteria) }),
    diff.removedCriteria.length > 0 && format(t.outputs.criteriaRemoved, { items: list(diff.removedCriteria) }),
    ...diff.reweighted.map((r) => format(t.outputs.reweighted, r)),
    ...diff.rankChanges.map((r) => format(t.outputs.rankMoved, r)),
    diff.changedScores > 0 && format(t.outputs.changedScores, { count: diff.changedScores }),
  ];
  return <VersionDiffList lines={lines} />;
}

function RankingDiffLines({ diff, t }: { diff: RankingVersionDiff; t: Dictionary }) {
  if (isEmptyRankingDiff(diff)) return <p className="plano-muted">{t.outputs.noChanges}</p>;
  const list = (items: string[]) => items.join(', ');
  const renames = (items: { from: string; to: string }[]) => list(items.map((item) => format(t.outputs.renamedOne, item)));
  const lines = [
    diff.mainIssue !== null && format(t.outputs.mainIssueChanged, diff.mainIssue),
    diff.addedIssues.length > 0 && format(t.outputs.issuesAdded, { items: list(diff.addedIssues) }),
    diff.removedIssues.length > 0 && format(t.outputs.issuesRemoved, { items: list(diff.removedIssues) }),
    diff.renamedIssues.length > 0 && format(t.outputs.renamed, { items: renames(diff.renamedIssues) }),
    diff.addedCriteria.length > 0 && format(t.outputs.criteriaAdded, { items: list(diff.addedCriteria) }),
    diff.removedCriteria.length > 0 && format(t.outputs.criteriaRemoved, { items: list(diff.removedCriteria) }),
    diff.renamedCriteria.length > 0 && format(t.outputs.renamed, { items: renames(diff.renamedCriteria) }),
    ...diff.rescaled.map((change) => format(t.outputs.rescaled, change)),
    ...diff.rankChanges.map((change) => format(t.outputs.rankMoved, change)),
    diff.changedScores > 0 && format(t.outputs.changedScores, { count: diff.changedScores }),
    diff.rounds !== null && format(t.outputs.roundsChanged, diff.rounds),
  ];
  return <VersionDiffList lines={lines} />;
}

/** A version's content: an MCUA ranking, a table of a known form, or null for what this version cannot show. */
function VersionContent({ data, t, lang }: { data: AgreedOutputView['data']; t: Dictionary; lang: Lang }) {
  if (data?.format === 'mcua') {
    return (
      <ol data-testid="version-ranking">
        {data.ranking.overall.map((entry) => (
          <li key={entry.id} data-rank={entry.rank}>
            {entry.rank}. {entry.label} · {entry.total.toFixed(2)}
            {(entry.totals ?? []).slice(1).map((total, index) => (
              <span key={index}> · {format(t.worksheets.roundTotal, { n: index + 2, total: total.toFixed(2) })}</span>
            ))}
          </li>
        ))}
      </ol>
    );
  }
  if (data?.format === 'ranking') return <RankingVersion data={data} t={t} />;
  const form = data?.format === 'table' ? tableFormById(data.form) : undefined;
  if (data?.format === 'table' && form) return <AgreedTable form={form} data={data} t={t} lang={lang} />;
  return <p className="plano-muted">{t.outputs.unreadable}</p>;
}

/** What changed from the version before, when both are of the same readable format. */
function VersionChanges({ previous, data, t, lang }: { previous: AgreedOutputView; data: AgreedOutputView['data']; t: Dictionary; lang: Lang }) {
  const before = previous.data;
  const form = data?.format === 'table' ? tableFormById(data.form) : undefined;
  let lines = null;
  if (before?.format === 'mcua' && data?.format === 'mcua') lines = <DiffLines diff={diffMcuaVersions(before, data)} t={t} />;
  else if (before?.format === 'ranking' && data?.format === 'ranking') lines = <RankingDiffLines diff={diffRankingVersions(before, data)} t={t} />;
  else if (form && before?.format === 'table' && data?.format === 'table' && before.form === data.form) lines = <TableDiffLines form={form} previous={before} next={data} t={t} lang={lang} />;
  if (!lines) return null;
  return (
    <>
      <h4>{format(t.outputs.changesFrom, { n: previous.version })}</h4>
      {lines}
    </>
  );
}

/** "disepakati oleh <facilitator>, <date>", or without the name when the account is unknown. */
function agreedLine(version: AgreedOutputView, t: Dictionary, lang: Lang, zone: ZoneCode): string {
  const date = formatDateTime(new Date(version.agreedAt), zone, lang);
  return version.agreedByName ? format(t.attendance.agreedOnBy, { name: version.agreedByName, date }) : format(t.outputs.agreedOn, { date });
}

/** The spotlight on a version that has just been agreed: its card stands out, its changes open. */
const FRESH_STYLE = { outline: '3px solid var(--plano-accent)', background: '#f0fdf4' } as const;

/**
 * The agreed versions of one output, newest first; each opens to its content (so version 1 stays
 * readable after an amendment) and says what changed from the version before it. `fresh`: the
 * version just agreed on some device, spotlighted with its changes.
 */
export function AgreedVersions({ versions, fresh = null, t, lang, zone }: { versions: readonly AgreedOutputView[]; fresh?: number | null; t: Dictionary; lang: Lang; zone: ZoneCode }) {
  if (versions.length === 0) return <p className="plano-muted">{t.outputs.noVersions}</p>;
  return (
    <ol className="plano-list" data-testid="agreed-versions">
      {versions.map((version, index) => {
        const previous = versions[index + 1];
        const data = version.data;
        const isFresh = version.version === fresh;
        return (
          <li key={version.id} className="plano-card" data-testid="agreed-version" data-version={version.version} data-fresh={isFresh || undefined} style={isFresh ? FRESH_STYLE : undefined}>
            {isFresh && (
              <p role="status" data-testid="new-version" style={{ margin: '0 0 8px', fontWeight: 700 }}>
                {format(t.outputs.newVersion, { n: version.version })}
              </p>
            )}
            <details open={index === 0}>
              <summary style={{ minHeight: 44, cursor: 'pointer' }}>
                <strong>{format(t.outputs.version, { n: version.version })}</strong> ·{' '}
                <span data-testid="version-agreed-by">{agreedLine(version, t, lang, zone)}</span>
              </summary>
              {version.present.length > 0 && <p data-testid="version-present">{format(t.outputs.presentList, { names: version.present.join(', ') })}</p>}
              {version.note && <p>{version.note}</p>}
              <VersionContent data={data} t={t} lang={lang} />
              {previous && <VersionChanges previous={previous} data={data} t={t} lang={lang} />}
            </details>
          </li>
        );
      })}
    </ol>
  );
}
