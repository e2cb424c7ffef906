/**
 * The exports of a workshop: its structured data as versioned JSON (the `plano-workshop` archive
 * of `server/archive/buildArchive`, for backups and other tools), the draft STPP as DOCX or PDF
 * (one document model, two renderers) and the agreed outputs as an XLSX workbook. All read the
 * same records.
 */
import { buildDraftStpp } from '@/lib/document/draftStpp';
import type { DraftStppInput } from '@/lib/document/input';
import type { DocumentModel } from '@/lib/document/model';
import type { Lang } from '@/lib/i18n/translate';
import { archiveExportFile, buildArchive } from '../archive/buildArchive';
import type { Sql } from '../db/Sql';
import { collectPlenaryBoards, collectWorkshop, type WorkshopRecords } from './collectWorkshop';
import { renderDocx } from './renderDocx';
import { renderPdf } from './renderPdf';
import { renderXlsx } from './renderXlsx';
import { sessionRecord } from '@/lib/document/sessionRecord';

export const EXPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

/** The workshop exported in a format, or null when there is no such workshop. */
export async function exportWorkshop(sql: Sql, workshopId: string, exportFormat: ExportFormat, lang: Lang, now = new Date()): Promise<ExportFile | null> {
  const records = await collectWorkshop(sql, workshopId);
  if (!records) return null;
  const stem = fileStem(records.details.pdam);
  if (exportFormat === 'json') {
    return archiveExportFile(await buildArchive(sql, records, now), stem);
  }
  const input = draftInput(records, now);
  switch (exportFormat) {
    case 'xlsx':
      return { body: await renderXlsx(input, lang), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `Lembar-Kerja-${stem}.xlsx` };
    case 'pdf':
      return { body: await renderPdf(await buildWorkshopDraft(sql, records, lang, now)), contentType: 'application/pdf', filename: `Draft-STPP-${stem}.pdf` };
    case 'docx':
      return {
        body: await renderDocx(await buildWorkshopDraft(sql, records, lang, now)),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        filename: `Draft-STPP-${stem}.docx`,
      };
  }
}

/** The draft STPP of a workshop, its plenary boards annexed: what the DOCX, the PDF and the on-screen preview show. */
export async function buildWorkshopDraft(sql: Sql, records: WorkshopRecords, lang: Lang, now: Date): Promise<DocumentModel> {
  const boards = await collectPlenaryBoards(sql, records.workshopId, now);
  return buildDraftStpp({ ...draftInput(records, now), boards }, lang);
}

function draftInput(records: WorkshopRecords, generatedAt: Date): DraftStppInput {
  return {
    details: records.details,
    roster: records.roster,
    topicStatuses: records.topicStatuses,
    agreed: records.agreedOutputs.map((output) => ({ ...output, agreedByName: records.agreedByNames.get(output.agreedBy) ?? null })),
    meetings: records.meetings,
    followUps: records.followUps,
    sessions: sessionRecord(records.agenda, records.groups),
    generatedAt,
  };
}

/** A PDAM name as a file name: letters, digits and dashes only, so no header or path can be broken. */
export function fileStem(pdam: string): string {
  const stem = pdam
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem.slice(0, 80) || 'workshop';
}
