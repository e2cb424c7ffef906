/**
 * One worksheet as it stands right now, as a one-sheet Excel workbook: the same cells and formulas
 * as that output's sheet in the workshop workbook (renderXlsx's writers), titled as the live sheet
 * rather than as an agreed version.
 */
import ExcelJS from 'exceljs';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor, format, type Lang } from '@/lib/i18n/translate';
import type { OutputSpec } from '@/lib/method/types';
import type { AgreedData } from '@/lib/outputs/agreedData';
import type { WorkshopDetails } from '@/lib/workshop/details';
import { formatDate, wallClock } from '@/lib/workshop/timeZones';
import { uniqueSheetName, writeOutputData } from './renderXlsx';

export interface WorksheetXlsxInput {
  details: WorkshopDetails;
  output: OutputSpec;
  /** The live sheet read into its agreed-output shape (what "Sepakati" would store now). */
  data: AgreedData;
  generatedAt: Date;
}

export async function renderWorksheetXlsx(input: WorksheetXlsxInput, lang: Lang = 'id'): Promise<Buffer> {
  const t = dictionaryFor(lang);
  const { details, output, generatedAt } = input;
  const label = `${output.id} ${pick(output.title, lang)}`;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plano';
  workbook.created = generatedAt;
  workbook.title = `${label} ${details.pdam}`;
  // As in the workshop workbook: formulas recompute on open, whatever result we cached.
  workbook.calcProperties.fullCalcOnLoad = true;

  const sheet = workbook.addWorksheet(uniqueSheetName(`${output.id.split('/')[0]} ${pick(output.title, lang)}`, new Set()), {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.getCell('A1').value = label;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const clock = wallClock(generatedAt, details.timeZone);
  // Said in the file itself: a live sheet may still change, unlike an agreed version.
  sheet.getCell('A2').value = format(t.worksheetXlsx.sheetState, { date: formatDate(clock.date, lang), time: clock.time, zone: details.timeZone });
  sheet.getCell('A2').font = { italic: true };
  writeOutputData(sheet, { t, lang, input: { details, agreed: [], generatedAt } }, input.data);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
