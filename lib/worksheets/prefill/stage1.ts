/**
 * Pre-fill of 1.1's stakeholder matrix from the stakeholder map board: one row per stakeholder card
 * placed in a quadrant, its interest and influence read from the quadrant. Cards of all the topic's
 * boards count (plenary first, then the groups); a stakeholder written on several boards (same
 * words, any case) gets one row, rated as the first board that places it — the plenary's, when
 * it has one. Cards left outside the quadrants are not rated yet and stay out.
 */
import { extractStakeholderQuadrants } from '../../board/extract';
import { rowIdFrom, type PrefilledRow, type PrefillSources } from './sources';

export function prefillStakeholderMatrix({ boards }: PrefillSources): PrefilledRow[] {
  const seen = new Set<string>();
  const rows: PrefilledRow[] = [];
  for (const board of boards) {
    for (const { interest, influence, cards } of extractStakeholderQuadrants(board.records).quadrants) {
      for (const card of cards) {
        const stakeholder = card.text.trim().replace(/\s*\n\s*/g, ' ');
        const key = stakeholder.toLocaleLowerCase('id');
        if (!stakeholder || seen.has(key)) continue;
        seen.add(key);
        const source = `${board.docName}#${card.id}`;
        rows.push({ id: rowIdFrom(source), source, cells: { stakeholder, interest, influence } });
      }
    }
  }
  return rows;
}
