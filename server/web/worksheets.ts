import 'server-only';
import { can, canInWorkshop, type Principal } from '@/lib/auth/capabilities';
import { findWorksheetOutput } from '@/lib/outputs/sheetOutputs';
import { participantFromCookies } from '../auth/principals';
import { ensureWorksheetDoc, findWorksheetDoc } from '../db/outputs';
import { getWorkshopDetails } from '../db/workshopDetails';
import { getDoc } from '../db/workshops';
import { accessInfo } from '../http/docAccess';
import { getRuntime, type PlanoRuntime } from '../runtime';
import { attendanceNames } from './attendanceNames';
import { requestCookies } from './boardAccess';
import { listOutputVersions } from './outputs';
import { memberActor } from './routeHelpers';
import { getSessionUser } from './session';
import { worksheetHandler, type WorksheetHandler } from './worksheetHandlers';
import { ForbiddenError } from './workshopAdmin';

/**
 * Who may look at a workshop's worksheet pages: a signed-in member, or a participant who joined
 * this workshop on this device (the plenary fills sheets together, tablets included). Null for
 * anyone else. What each may do on the sheet is decided per document, as for boards.
 */
export async function worksheetViewer(workshopId: string): Promise<{ actor: Principal; member: boolean; name: string } | null> {
  const member = await memberActor(workshopId);
  if (member) return { actor: member, member: true, name: (await getSessionUser())?.name ?? '' };
  const joined = await participantFromCookies(getRuntime(), await requestCookies());
  return joined && joined.principal.workshopId === workshopId ? { actor: joined.principal, member: false, name: joined.participant.name } : null;
}

/**
 * Opens the worksheet of one topic output: finds its document, or creates it when a facilitator
 * opens it first (then pre-filled from the agreed inputs). Null for an output without a
 * worksheet screen; `docName` null while no facilitator has opened it yet.
 */
export async function openWorksheet(actor: Principal, workshopId: string, topicId: string, slug: string) {
  if (actor.workshopId !== workshopId) throw new ForbiddenError();
  const found = findWorksheetOutput(topicId, slug);
  if (!found) return null;
  const runtime = getRuntime();
  const canAgree = canInWorkshop(actor, 'manage', workshopId);
  let docName = await findWorksheetDoc(runtime.sql, workshopId, found.output.id);
  if (!docName && canAgree) {
    const ensured = await ensureWorksheetDoc(runtime.sql, { workshopId, topicId, outputId: found.output.id, title: found.output.title });
    if (ensured.created) await prefillSheet(runtime, ensured.name, found, workshopId);
    docName = ensured.name;
  }
  if (docName) await upgradeSheet(runtime, docName, worksheetHandler(found.sheet));
  const [doc, details] = await Promise.all([docName ? getDoc(runtime.sql, docName) : null, getWorkshopDetails(runtime.sql, workshopId)]);
  return {
    zone: details?.timeZone ?? 'WIB',
    ...found,
    docName,
    canWrite: doc ? can(actor, 'write', accessInfo(doc)) : false,
    /** Whether participants may write (the facilitator opens the sheet for the plenary to fill). */
    openForParticipants: doc?.openForParticipants ?? false,
    canAgree,
    versions: await listOutputVersions(actor, workshopId, found.output.id),
    /** The names to tick as present when agreeing; empty for whoever may not agree. */
    attendance: canAgree ? await attendanceNames(actor, workshopId) : [],
  };
}

/**
 * Brings a sheet an earlier version wrote up to today's layout before anyone opens it (text cells
 * held as strings become shared text), through the room like any edit, so every device gets it.
 */
async function upgradeSheet(runtime: Pick<PlanoRuntime, 'registry'>, docName: string, handler: WorksheetHandler): Promise<void> {
  if (!handler.upgrade) return;
  const room = await runtime.registry.acquire(docName);
  try {
    const change = handler.upgrade(room.doc);
    if (!change) return;
    room.applyServerChange(change);
    await room.flush();
  } finally {
    runtime.registry.release(docName);
  }
}

/** Writes the sheet's first content (pre-filled from agreed outputs and boards) through the room like any edit. */
async function prefillSheet(runtime: Pick<PlanoRuntime, 'sql' | 'registry' | 'docStore'>, docName: string, found: NonNullable<ReturnType<typeof findWorksheetOutput>>, workshopId: string): Promise<void> {
  const write = await worksheetHandler(found.sheet).prefill(runtime, { workshopId, topic: found.topic, output: found.output });
  const room = await runtime.registry.acquire(docName);
  try {
    room.applyServerChange(write);
    await room.flush();
  } finally {
    runtime.registry.release(docName);
  }
}
