'use client';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { pick } from '@/lib/i18n/bilingual';
import { format, type Lang } from '@/lib/i18n/translate';
import type { TableOutputData } from '@/lib/outputs/agreedData';
import { diffTableVersions, isEmptyTableDiff } from '@/lib/outputs/diff';
import { columnOf, type TableForm } from '@/lib/worksheets/tableForm';
import { computedText } from '@/lib/worksheets/computedText';
import { computedCells } from '@/lib/worksheets/tableSheet';
import { cellText, orderedColumns } from './tableDisplay';
import { VersionDiffList } from './VersionDiffList';

const CELL = { padding: '4px 8px', borderBottom: '1px solid var(--plano-border)', textAlign: 'left', verticalAlign: 'top' } as const;

/** One agreed version of a table, as it was agreed: every column, the computed ones worked out again from the cells. */
export function AgreedTable({ form, data, t, lang }: { form: TableForm; data: TableOutputData; t: Dictionary; lang: Lang }) {
  const columns = orderedColumns(form);
  const computed = form.computed ?? [];
  return (
    <div style={{ overflowX: 'auto' }}>
      <table data-testid="version-table" style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
        <thead>
          <tr>
            {[...columns, ...computed].map((column) => (
              <th key={column.id} scope="col" style={CELL}>
                {pick(column.label, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => {
            const values = computedCells(form, row);
            return (
              <tr key={row.id} data-testid="version-row">
                {columns.map((column) => (
                  <td key={column.id} style={CELL} data-column={column.id}>
                    {cellText(row.cells[column.id], column, lang, t)}
                  </td>
                ))}
                {computed.map((column) => (
                  <td key={column.id} style={CELL} data-column={column.id}>
                    {computedText(column, row.cells, values[column.id], lang, t)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** What an amendment changed in a table: rows added and removed, then each changed cell. */
export function TableDiffLines({ form, previous, next, t, lang }: { form: TableForm; previous: TableOutputData; next: TableOutputData; t: Dictionary; lang: Lang }) {
  const diff = diffTableVersions(form, previous, next);
  if (isEmptyTableDiff(diff)) return <p className="plano-muted">{t.outputs.noChanges}</p>;
  const show = (columnId: string, value: Parameters<typeof cellText>[0]) => cellText(value, columnOf(form, columnId), lang, t) || t.tables.emptyCell;
  const lines = [
    diff.addedRows.length > 0 && format(t.tables.rowsAdded, { items: diff.addedRows.join(', ') }),
    diff.removedRows.length > 0 && format(t.tables.rowsRemoved, { items: diff.removedRows.join(', ') }),
    ...diff.changedRows.flatMap((row) =>
      row.changes.map((change) => {
        const column = columnOf(form, change.column);
        return format(t.tables.cellChanged, { row: row.label, column: column ? pick(column.label, lang) : change.column, from: show(change.column, change.from), to: show(change.column, change.to) });
      }),
    ),
  ];
  return <VersionDiffList lines={lines} />;
}
