import 'server-only';
import { can, type Principal } from '@/lib/auth/capabilities';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor, format, type Lang } from '@/lib/i18n/translate';
import { findWorksheetOutput } from '@/lib/outputs/sheetOutputs';
import type { AgreementRefusal } from '@/lib/outputs/agreedData';
import { findWorksheetDoc } from '../db/outputs';
import { getWorkshopDetails } from '../db/workshopDetails';
import { getDoc } from '../db/workshops';
import { accessInfo } from '../http/docAccess';
import type { PlanoRuntime } from '../runtime';
import { worksheetHandler } from '../web/worksheetHandlers';
import { ForbiddenError } from '../web/workshopAdmin';
import { fileStem } from './exportWorkshop';
import { renderWorksheetXlsx } from './renderWorksheetXlsx';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type WorksheetXlsxResult =
  | { kind: 'file'; file: { body: Buffer; contentType: string; filename: string } }
  /** No such worksheet, or no facilitator has opened it yet (so there is nothing to download). */
  | { kind: 'not-found' }
  /** The sheet cannot be read as its output yet; `message` says why, in `lang`. */
  | { kind: 'not-ready'; message: string };

/**
 * The live worksheet of one topic output as an XLSX file, read from its room (so it is what
 * everyone sees right now, unsaved edits included). An MCUA or ranking sheet that cannot be
 * ranked yet is refused with the reason rather than exported half-computed: its utilities and
 * ranks would read as a result the plenary has not reached. Throws ForbiddenError for an actor
 * of another workshop or one who may not read the sheet.
 */
export async function exportWorksheetXlsx(
  runtime: Pick<PlanoRuntime, 'sql' | 'registry'>,
  actor: Principal,
  request: { workshopId: string; topicId: string; slug: string; lang: Lang; now?: Date },
): Promise<WorksheetXlsxResult> {
  const { workshopId, lang } = request;
  if (actor.workshopId !== workshopId) throw new ForbiddenError();
  const found = findWorksheetOutput(request.topicId, request.slug);
  if (!found) return { kind: 'not-found' };
  const docName = await findWorksheetDoc(runtime.sql, workshopId, found.output.id);
  const [doc, details] = await Promise.all([docName ? getDoc(runtime.sql, docName) : null, getWorkshopDetails(runtime.sql, workshopId)]);
  if (!docName || !doc || !details) return { kind: 'not-found' };
  // The same check as joining the sheet's room: who can read it live may download it.
  if (!can(actor, 'read', accessInfo(doc))) throw new ForbiddenError();

  const room = await runtime.registry.acquire(docName);
  let read;
  try {
    read = worksheetHandler(found.sheet).outputData(room.doc);
  } finally {
    runtime.registry.release(docName);
  }
  if (!read.ok) return { kind: 'not-ready', message: refusalMessage(read.reason, lang) };
  const body = await renderWorksheetXlsx({ details, output: found.output, data: read.data, generatedAt: request.now ?? new Date() }, lang);
  const filename = `${fileStem(`${found.output.id.replace('/', '-')} ${pick(found.output.title, lang)}`)}.xlsx`;
  return { kind: 'file', file: { body, contentType: XLSX_CONTENT_TYPE, filename } };
}

/** Why the sheet cannot be downloaded, in the words its agreement panel shows for the same reason. */
function refusalMessage(reason: string, lang: Lang): string {
  const t = dictionaryFor(lang);
  const texts: Record<string, string> = t.outputs.refusals;
  return format(t.worksheetXlsx.notReady, { reason: texts[reason as AgreementRefusal] ?? reason });
}
