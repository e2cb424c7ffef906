/**
 * Pre-fills of stage 2's tables.
 * - 2.2: the regulations the method lists as the starting material, so the groups map rather than type.
 * 2.3's gap table starts empty: the agreed main issue of 2.1 says which indicators to look at, but
 * it is not an indicator, and the gap table has no column for it (it once landed in the
 * Indikator column). The worksheet page shows it above the table, with the other agreed inputs.
 */
import { STARTING_REGULATIONS } from '../../method/vocabularies';
import { rowIdFrom, type PrefilledRow } from './sources';

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
