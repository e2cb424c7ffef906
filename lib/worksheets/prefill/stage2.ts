/**
 * Pre-fills of stage 2's tables.
 * - 2.2: the regulations the method lists as the starting material, so the groups map rather than type.
 * - 2.3: the agreed main issue of 2.1 (the ranking's first item) as the first row. The guide has the
 *   gap analysis look at the indicators of that issue; the plenary rewrites the row into a
 *   measurable indicator and adds the others. The issues that lost the ranking are not carried.
 */
import { STARTING_REGULATIONS } from '../../method/vocabularies';
import { itemsOf } from '../../outputs/agreedData';
import { rowFromItem, rowIdFrom, type PrefilledRow, type PrefillSources } from './sources';

/** The type of a regulation by how its citation begins (UU, PP, Permen…, Kep Men…). */
function regulationLevel(citation: string): string | null {
  if (/^UU\b/.test(citation)) return 'law';
  if (/^PP\b/.test(citation)) return 'government-regulation';
  if (/^(Permen|Kepmen|Kep\s?Men|Permendagri|Kepmendagri)/i.test(citation)) return 'ministerial';
  return null;
}

export function prefillRegulationTable(): PrefilledRow[] {
  return STARTING_REGULATIONS.map((regulation, index) => {
    const source = `method#starting-regulation-${index + 1}`;
    const level = regulationLevel(regulation.id);
    return { id: rowIdFrom(source), source, cells: { regulation: regulation.id, ...(level ? { level } : {}) } };
  });
}

export function prefillGapTableFromMainIssue({ agreed }: PrefillSources): PrefilledRow[] {
  const ranking = agreed.get('2.1/main-issue');
  const main = ranking ? itemsOf(ranking)[0] : undefined;
  return main ? [rowFromItem('2.1/main-issue', main.id, { indicator: main.label })] : [];
}
