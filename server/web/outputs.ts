import 'server-only';
import { canInWorkshop, type Principal } from '@/lib/auth/capabilities';
import type { OutputId, Topic } from '@/lib/method/types';
import { parseAgreedData, type AgreedOutputView } from '@/lib/outputs/agreedData';
import { AGREEMENTS_MAP, type AgreementSignal } from '@/lib/outputs/agreementSignal';
import { findWorksheetOutput, outputsAgreedWith } from '@/lib/outputs/sheetOutputs';
import { encodeStateVectorOf } from '@/lib/worksheets/stateVector';
import { findWorksheetDoc, insertAgreedOutput, latestAgreedOutputs, listAgreedOutputs, type AgreedOutput } from '../db/outputs';
import type { Sql } from '../db/Sql';
import { userNamesById } from '../db/userNames';
import { getRuntime, type PlanoRuntime } from '../runtime';
import { worksheetHandler, type WorksheetHandler } from './worksheetHandlers';
import { ForbiddenError } from './workshopAdmin';

/** `agreedByName`: the agreeing facilitator's display name, when known. */
export function toAgreedOutputView(record: AgreedOutput, agreedByName: string | null = null): AgreedOutputView {
  return {
    id: record.id,
    outputId: record.outputId,
    version: record.version,
    agreedAt: record.agreedAt.toISOString(),
    present: record.present,
    agreedByName,
    note: record.note,
    data: parseAgreedData(record.data),
  };
}

/**
 * Views of these records, each naming the facilitator who agreed it. The name is looked up now
 * rather than stored, so it reads as the account is named today (null once the account is gone).
 */
export async function toAgreedOutputViews(sql: Sql, records: readonly AgreedOutput[]): Promise<AgreedOutputView[]> {
  const names = await userNamesById(sql, records.map((record) => record.agreedBy));
  return records.map((record) => toAgreedOutputView(record, names.get(record.agreedBy) ?? null));
}

/** Every agreed version in the workshop (or of one output), newest version first, with who agreed it. No access check: callers do that. */
export async function listOutputVersionViews(sql: Sql, workshopId: string, outputId?: string): Promise<AgreedOutputView[]> {
  return toAgreedOutputViews(sql, await listAgreedOutputs(sql, workshopId, outputId));
}

export interface AgreeRequest {
  outputId: string;
  docName: string;
  present?: string[];
  note?: string;
}

/**
 * Kesepakatan: freezes what the worksheet shows right now as the next version of its output (and
 * of the outputs derived from it, each with its own part: 2.3's strategic indicators are the gap
 * table's ticked rows). The sheet is read from the live room, not from storage, so the
 * record is exactly what everyone saw; its state vector is kept to find that state again.
 * Null when the output has no worksheet here or `docName` is not that worksheet.
 */
export async function freezeOutput(actor: Principal, workshopId: string, request: AgreeRequest): Promise<AgreedOutputView[] | null> {
  if (!canInWorkshop(actor, 'manage', workshopId)) throw new ForbiddenError();
  const runtime = getRuntime();
  const [topicId, slug] = request.outputId.split('/');
  const found = topicId && slug ? findWorksheetOutput(topicId, slug) : null;
  if (!found || (await findWorksheetDoc(runtime.sql, workshopId, found.output.id)) !== request.docName) return null;

  const { output, stateVector } = await readLiveDoc(runtime, request.docName, worksheetHandler(found.sheet));
  // "Invalid ..." becomes a 400 with this message (see asFacilitator).
  if (!output.ok) throw new Error(`Invalid worksheet: ${output.reason}`);
  const records = await runtime.sql.transaction(async (tx) => {
    const inserted: AgreedOutput[] = [];
    for (const agreed of outputsAgreedWith(found.topic, found.output, output.data)) {
      inserted.push(
        await insertAgreedOutput(tx, {
          workshopId,
          outputId: agreed.output.id,
          data: agreed.data,
          sourceDocs: [{ docName: request.docName, stateVector }],
          present: request.present ?? [],
          agreedBy: actor.userId,
          note: request.note ?? null,
        }),
      );
    }
    return inserted;
  });
  await signalAgreement(runtime, request.docName, found.output.id, records[0]);
  return toAgreedOutputViews(runtime.sql, records);
}

/**
 * Tells every device on the sheet that a version was agreed, through the sheet's document (see
 * lib/outputs/agreementSignal.ts): each fetches it at once, no reload needed.
 */
async function signalAgreement(runtime: Pick<PlanoRuntime, 'registry'>, docName: string, outputId: string, record: AgreedOutput): Promise<void> {
  const room = await runtime.registry.acquire(docName);
  try {
    const signal: AgreementSignal = { version: record.version, agreedAt: record.agreedAt.toISOString() };
    room.applyServerChange((doc) => doc.getMap(AGREEMENTS_MAP).set(outputId, signal));
    await room.flush();
  } finally {
    runtime.registry.release(docName);
  }
}

async function readLiveDoc(runtime: Pick<PlanoRuntime, 'registry'>, docName: string, handler: WorksheetHandler) {
  const room = await runtime.registry.acquire(docName);
  try {
    return { output: handler.outputData(room.doc), stateVector: Buffer.from(encodeStateVectorOf(room.doc)).toString('base64') };
  } finally {
    runtime.registry.release(docName);
  }
}

/** Every agreed version in the workshop (or of one output), newest version first. */
export async function listOutputVersions(actor: Principal, workshopId: string, outputId?: string): Promise<AgreedOutputView[]> {
  if (actor.workshopId !== workshopId) throw new ForbiddenError();
  return listOutputVersionViews(getRuntime().sql, workshopId, outputId);
}

/** For each input of the topic, its latest agreed version, or null when not agreed yet. */
export async function agreedInputsOf(actor: Principal, workshopId: string, topic: Topic): Promise<{ outputId: OutputId; latest: AgreedOutputView | null }[]> {
  if (actor.workshopId !== workshopId) throw new ForbiddenError();
  const { sql } = getRuntime();
  const latest = await latestAgreedOutputs(sql, workshopId, topic.inputs);
  const views = new Map((await toAgreedOutputViews(sql, [...latest.values()])).map((view) => [view.outputId, view]));
  return topic.inputs.map((outputId) => ({ outputId, latest: views.get(outputId) ?? null }));
}
