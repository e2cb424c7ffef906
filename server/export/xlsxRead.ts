/** Test helper: opens an XLSX the way a reader does, to check cells, formulas and cached results. */
import ExcelJS, { type Workbook } from 'exceljs';

export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  // exceljs declares its own `Buffer` type, which Node's Buffer no longer matches; an ArrayBuffer
  // of exactly these bytes satisfies both the types and its zip reader.
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return new ExcelJS.Workbook().xlsx.load(copy);
}
