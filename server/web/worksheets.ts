import 'server-only';
import { can, canInWorkshop, type Principal } from '@/lib/auth/capabilities';
import { parseAgreedData, type AgreedData } from '@/lib/outputs/agreedData';
import { prefillMcuaActions, type PrefilledAction } from '@/lib/outputs/prefill';
import { findWorksheetOutput } from '@/lib/outputs/sheetOutputs';
import type { ActionValue } from '@/lib/worksheets/mcuaSheet';
import type { Topic } from '@/lib/method/types';
import { ensureWorksheetDoc, findWorksheetDoc, latestAgreedOutputs } from '../db/outputs';
import { getWorkshopDetails } from '../db/workshopDetails';
import { getDoc } from '../db/workshops';
import { accessInfo } from '../http/docAccess';
import { getRuntime, type PlanoRuntime } from '../runtime';
import { listOutputVersions } from './outputs';
import { ForbiddenError } from './workshopAdmin';

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
    if (ensured.created) await prefillActions(runtime, ensured.name, found.topic, workshopId);
    docName = ensured.name;
  }
  const [doc, details] = await Promise.all([docName ? getDoc(runtime.sql, docName) : null, getWorkshopDetails(runtime.sql, workshopId)]);
  return {
    zone: details?.timeZone ?? 'WIB',
    ...found,
    docName,
    canWrite: doc ? can(actor, 'write', accessInfo(doc)) : false,
    canAgree,
    versions: await listOutputVersions(actor, workshopId, found.output.id),
  };
}

/** Writes the actions of the agreed inputs into a new sheet, through the room like any edit. */
async function prefillActions(runtime: Pick<PlanoRuntime, 'sql' | 'registry'>, docName: string, topic: Topic, workshopId: string): Promise<void> {
  const latest = await latestAgreedOutputs(runtime.sql, workshopId, topic.inputs);
  const data = new Map<string, AgreedData>();
  for (const [outputId, record] of latest) {
    const parsed = parseAgreedData(record.data);
    if (parsed) data.set(outputId, parsed);
  }
  const actions: PrefilledAction[] = prefillMcuaActions(topic, data);
  if (actions.length === 0) return;
  const room = await runtime.registry.acquire(docName);
  try {
    room.applyServerChange((ydoc) => {
      const map = ydoc.getMap('actions');
      actions.forEach((action, order) => {
        const value: ActionValue = { label: action.label, aspect: action.aspect, order, source: action.source };
        map.set(action.id, value);
      });
    });
    await room.flush();
  } finally {
    runtime.registry.release(docName);
  }
}
