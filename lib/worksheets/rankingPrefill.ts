/**
 * The candidate issues a new ranking matrix (2.1) starts with, read from the topic's brainstorm
 * boards: on paper a group pushes the cards about one issue together, so each cluster of cards is
 * one candidate, named by its cards' texts. Pure: the server gathers the boards and writes the
 * issues through the room. The plenary usually holds copies of the groups' cards (gathered), so a
 * candidate named like an earlier one is not added twice.
 */
import { extractClusters, type CardCluster } from '../board/extract';
import type { PrefillSources } from './tablePrefill';

export interface PrefilledIssue {
  /** Key-safe and stable for the same cluster (its first card), so pre-filling twice adds nothing. */
  id: string;
  label: string;
  /** `<docName>#<cardId>` of the cluster's first card. */
  source: string;
}

/** More candidates than this is a brainstorm not yet grouped; the facilitator adds the rest by hand. */
export const MAX_PREFILLED_ISSUES = 40;
const MAX_LABEL_LENGTH = 200;
/** Between the texts of one cluster's cards in its label. */
const JOIN = ' / ';

function labelOf(cluster: CardCluster): string {
  const texts = cluster.cards.map((card) => card.text.replace(/\s+/g, ' ').trim()).filter((text) => text.length > 0);
  const label = texts.join(JOIN);
  return label.length <= MAX_LABEL_LENGTH ? label : `${label.slice(0, MAX_LABEL_LENGTH - 1).trimEnd()}…`;
}

/** Same words, whatever the case and spacing: how a facilitator would see two cards as one issue. */
function sameIssueKey(label: string): string {
  return label.toLocaleLowerCase('id').replace(/\s+/g, ' ');
}

function issueIdFrom(source: string): string {
  return source.replace(/[^A-Za-z0-9_-]/g, '-').slice(-80);
}

/** One candidate issue per cluster of cards with text, the plenary's first, in reading order. */
export function prefillRankingIssues(boards: PrefillSources['boards']): PrefilledIssue[] {
  const issues: PrefilledIssue[] = [];
  const seen = new Set<string>();
  const ordered = [...boards.filter((b) => b.kind === 'plenary'), ...boards.filter((b) => b.kind !== 'plenary')];
  for (const board of ordered) {
    for (const cluster of extractClusters(board.records)) {
      const label = labelOf(cluster);
      const first = cluster.cards.find((card) => card.text.trim().length > 0);
      if (!label || !first || seen.has(sameIssueKey(label))) continue;
      seen.add(sameIssueKey(label));
      const source = `${board.docName}#${first.id}`;
      issues.push({ id: issueIdFrom(source), label, source });
      if (issues.length === MAX_PREFILLED_ISSUES) return issues;
    }
  }
  return issues;
}
