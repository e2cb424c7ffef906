/**
 * Pre-fills of stage 3's tables from the topic's boards: one row per service-process node (3.1's
 * diagnostic worksheet, from the Harapan/Kenyataan board) or per flow step (3.2's root causes, from
 * the service-flow diagram), every node or step listed even when no card is on it yet. The cards
 * of all the topic's boards (plenary first, then the groups) go into the cells, one per line;
 * a card copied word for word onto the plenary board appears once.
 */
import { extractHarapanKenyataan, extractServiceFlow, type PlacedCard } from '../../board/extract';
import { cardLines, presentCells, rowIdFrom, type PrefilledRow, type PrefillSources } from './sources';

function collect<T>(readings: readonly T[], pick: (reading: T) => PlacedCard[]): string {
  return cardLines(readings.flatMap(pick));
}

export function prefillDiagnosticWorksheet({ boards }: PrefillSources): PrefilledRow[] {
  const tables = boards.map((board) => extractHarapanKenyataan(board.records));
  const template = extractHarapanKenyataan([]);
  return template.nodes.map(({ node, label }) => {
    const cells = tables.map((table) => table.nodes.find((entry) => entry.node === node)!);
    const source = `harapan-kenyataan#${node}`;
    return {
      id: rowIdFrom(source),
      source,
      cells: presentCells({
        node: label.id,
        expectation: collect(cells, (entry) => entry.harapan),
        reality: collect(cells, (entry) => entry.kenyataan),
        rootCauses: collect(cells, (entry) => entry.rootCauses),
        ideas: collect(cells, (entry) => entry.ideas),
      }),
    };
  });
}

export function prefillRootCausesPerStep({ boards }: PrefillSources): PrefilledRow[] {
  const flows = boards.map((board) => extractServiceFlow(board.records));
  const template = extractServiceFlow([]);
  return template.steps.map(({ step, label }) => {
    const cells = flows.map((flow) => flow.steps.find((entry) => entry.step === step)!);
    const source = `service-flow#${step}`;
    return {
      id: rowIdFrom(source),
      source,
      cells: presentCells({
        step: label.id,
        description: collect(cells, (entry) => entry.notes),
        rootCauses: collect(cells, (entry) => entry.rootCauses),
        solutions: collect(cells, (entry) => entry.solutions),
      }),
    };
  });
}
