'use client';
import { useEffect, useRef, type CSSProperties } from 'react';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { tableFormById } from '@/lib/worksheets/forms';
import type { ColumnSpec, TableForm } from '@/lib/worksheets/tableForm';
import { computedText } from '@/lib/worksheets/computedText';
import { cellKey, computedCells, readTableSheet, snapshotTableSheet, type TableRow } from '@/lib/worksheets/tableSheet';
import { AgreementPanel } from './AgreementPanel';
import { sheetPresence } from './sheetPeers';
import { TableCell } from './TableCells';
import { TableScroller } from './TableScroller';
import { orderedColumns } from './tableDisplay';
import { addRow, moveRow, removeRow, setCell } from './tableSheetWrites';
import { UndoBar } from './UndoBar';
import { useWorksheetDoc } from './useWorksheetDoc';
import type { WorksheetProps } from './worksheetProps';
import { WorksheetStatus } from './WorksheetStatus';

interface Props extends WorksheetProps {
  /** The form's id, not the form: a form carries functions, which cannot cross to the browser as props. */
  formId: string;
}

const TOUCH = { minHeight: 44, minWidth: 44, fontSize: 16, padding: 0 } as const;

/**
 * How narrow a column may get, by what it holds: enough for its words to wrap readably, so the
 * whole table fits a tablet (1024 px) and a laptop without sideways scrolling.
 */
function minWidthOf(column: ColumnSpec, isLabel: boolean): string {
  if (isLabel) return '10em';
  switch (column.type) {
    case 'longText':
      return '10em';
    case 'text':
      return column.id === 'unit' ? '6em' : '7em';
    case 'number':
      return '4.5em';
    case 'choice':
      return '7em';
    case 'check':
      return '44px';
  }
}
/** The label column stays in view while a wide table scrolls sideways on a tablet. */
const STICKY: CSSProperties = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--plano-card)', boxShadow: '1px 0 0 var(--plano-border)' };
const CELL: CSSProperties = { padding: 3, verticalAlign: 'top', borderBottom: '1px solid var(--plano-border)' };
/** Headers a size below the cells: long Indonesian words ("Kecenderungan") set a column's width. */
const HEADER: CSSProperties = { ...CELL, fontSize: 14, lineHeight: 1.25 };

/** A table worksheet of any form (2.3's gap table, 5.2's action scheme …), filled together live. */
export function TableWorksheet({ formId, ...props }: Props) {
  const form = tableFormById(formId);
  const t = dictionaryFor(props.lang);
  if (!form) return <p className="plano-error">{t.outputs.unreadable}</p>;
  return <LiveTable form={form} {...props} />;
}

function LiveTable({ form, workshopId, outputId, docName, canWrite, canAgree, versions, lang, zone, viewer }: Omit<Props, 'formId'> & { form: TableForm }) {
  const t = dictionaryFor(lang);
  const sheet = useWorksheetDoc(docName, viewer);
  // A row just added gets the caret in its first cell, so typing can go on without reaching for it.
  const focusRow = useRef<string | null>(null);
  useEffect(() => {
    if (!focusRow.current) return;
    const field = document.querySelector<HTMLElement>(`[data-row="${focusRow.current}"] [data-testid="table-cell"]`);
    if (field) {
      field.focus();
      focusRow.current = null;
    }
  });
  if (!sheet) return <p className="plano-muted">{t.worksheets.connection.connecting}</p>;
  const { ydoc } = sheet;
  const rows = readTableSheet(form, snapshotTableSheet(ydoc, form));
  const presence = sheetPresence(sheet);
  const columns = orderedColumns(form);
  const computed = form.computed ?? [];
  const movable = rows.filter((row) => !row.fixed);
  const fixedLabel = (row: TableRow) => form.fixedRows?.find((fixed) => fixed.id === row.id)?.label;
  const rowName = (row: TableRow) => {
    const fixed = fixedLabel(row);
    if (fixed) return pick(fixed, lang);
    const label = row.cells[form.labelColumn];
    return typeof label === 'string' && label.trim() ? label : t.tables.newRow;
  };

  return (
    <div data-testid="table-worksheet" data-form={form.id} data-connection={sheet.connection}>
      <p data-testid="table-purpose">{pick(form.purpose, lang)}</p>
      <WorksheetStatus connection={sheet.connection} canWrite={canWrite} t={t} />
      {canWrite && <UndoBar undo={sheet.undo} t={t} />}

      <TableScroller t={t}>
        <table data-testid="table-grid" style={{ borderCollapse: 'separate', borderSpacing: 0, width: '100%' }}>
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={column.id} scope="col" style={{ ...HEADER, textAlign: 'left', minWidth: minWidthOf(column, column.id === form.labelColumn), ...(index === 0 ? STICKY : {}) }}>
                  {pick(column.label, lang)}
                  {column.hint && (
                    <div className="plano-muted" style={{ fontWeight: 400, fontSize: 13 }}>
                      {pick(column.hint, lang)}
                    </div>
                  )}
                </th>
              ))}
              {computed.map((column) => (
                <th key={column.id} scope="col" style={{ ...HEADER, textAlign: 'left', minWidth: '7em' }}>
                  {pick(column.label, lang)}
                  <div className="plano-muted" style={{ fontWeight: 400, fontSize: 13 }}>
                    {t.tables.computed}
                  </div>
                </th>
              ))}
              {canWrite && (
                <th scope="col" style={HEADER}>
                  <span className="plano-muted">{t.tables.rowActions}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const values = computedCells(form, row);
              const name = rowName(row);
              const place = movable.indexOf(row);
              return (
                <tr key={row.id} data-testid="table-row" data-row={row.id} data-fixed={row.fixed || undefined}>
                  {columns.map((column, index) => (
                    <td key={column.id} style={{ ...CELL, ...(index === 0 ? STICKY : {}) }}>
                      {row.fixed && column.id === form.labelColumn ? (
                        <strong data-testid="fixed-label" style={{ display: 'block', padding: '10px 4px' }}>
                          {name}
                        </strong>
                      ) : (
                        <TableCell
                          ydoc={ydoc}
                          rowId={row.id}
                          column={column}
                          value={row.cells[column.id]}
                          label={format(t.tables.cellOf, { column: pick(column.label, lang), row: name })}
                          disabled={!canWrite}
                          lang={lang}
                          t={t}
                          peers={presence.inCell(cellKey(row.id, column.id))}
                          writer={() => presence.writerOf('cells', cellKey(row.id, column.id))}
                          onPresence={(inCell) => presence.enter(inCell ? cellKey(row.id, column.id) : null)}
                          onChange={(value) => setCell(ydoc, column, row.id, value)}
                        />
                      )}
                    </td>
                  ))}
                  {computed.map((column) => (
                    <td key={column.id} data-testid="computed-cell" data-column={column.id} data-value={values[column.id] ?? undefined} style={{ ...CELL, padding: '14px 8px', fontVariantNumeric: 'tabular-nums' }}>
                      {computedText(column, row.cells, values[column.id], lang, t)}
                    </td>
                  ))}
                  {canWrite && (
                    <td style={CELL}>
                      {!row.fixed && (
                        // Two by two: the row's controls take the width of two fingers, not four.
                        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, 44px)', gap: 2 }}>
                          <button type="button" style={TOUCH} disabled={place <= 0} onClick={() => moveRow(ydoc, rows, row.id, -1)} aria-label={format(t.tables.moveUp, { row: name })}>
                            ↑
                          </button>
                          <button type="button" style={TOUCH} disabled={place === movable.length - 1} onClick={() => moveRow(ydoc, rows, row.id, 1)} aria-label={format(t.tables.moveDown, { row: name })}>
                            ↓
                          </button>
                          <button type="button" style={TOUCH} onClick={() => (focusRow.current = addRow(ydoc, rows, row.id))} aria-label={format(t.tables.insertAfter, { row: name })} data-testid="insert-row">
                            +
                          </button>
                          <button type="button" style={TOUCH} onClick={() => removeRow(ydoc, form, row)} aria-label={format(t.tables.removeRow, { row: name })} data-testid="remove-row">
                            ✕
                          </button>
                        </div>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroller>
      {rows.length === 0 && <p className="plano-muted">{t.tables.empty}</p>}
      {canWrite && (
        <button type="button" className="plano-button secondary" data-testid="add-row" onClick={() => (focusRow.current = addRow(ydoc, rows))} style={{ marginTop: 12 }}>
          + {t.tables.addRow}
        </button>
      )}

      <AgreementPanel workshopId={workshopId} outputId={outputId} docName={docName} ydoc={ydoc} canAgree={canAgree} blocker={null} initialVersions={versions} t={t} lang={lang} zone={zone} />
    </div>
  );
}
