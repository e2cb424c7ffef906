/**
 * The rules a Plano document is held to, in one place, for the live server and for imports alike:
 * an update is decided on by `judgeUpdate` (nothing it refers to may be missing, every policy must
 * pass), and a whole document from outside (an archive) is read by `readDocumentState`, which is
 * that same judgement of the document as one update to an empty document. So an archive imports
 * exactly the documents the live server can hold.
 *
 * Content rules hold for every write, whoever makes it. Permission rules say who may write what;
 * they apply to live connections only: a stored document does not say who wrote each part, and
 * everything in it was written by someone allowed to at the time.
 */
import * as Y from 'yjs';
import { FACILITATOR_META_KEYS, META_MAP, RECORDS_MAP } from '@/lib/board/docMeta';
import { BALLOTS_MAP } from '@/lib/board/personalDoc';
import { ballotProblem, voteEntryOwner, VOTES_MAP } from '@/lib/board/voting';
import { recordProblem } from '@/lib/shapes/boardSchema';
import { decodeWellFormedUpdate, type DecodedUpdate } from './messages';
import { findMissingDependency, type MissingDependency } from './updateInspection';
import { checkUpdate, ownEntriesPolicy, protectedKeysPolicy, validRecordsPolicy, type PolicyPeer, type UpdatePolicy } from './updatePolicies';
import { worksheetPolicy } from './worksheetPolicy';
import { SERVER_SUBJECT } from './clientWriters';

/** What every document must hold: valid board records and ballots, worksheet rows and cells that fit their form. */
export const CONTENT_POLICIES: readonly UpdatePolicy[] = [validRecordsPolicy(RECORDS_MAP, recordProblem), validRecordsPolicy(BALLOTS_MAP, ballotProblem), worksheetPolicy()];

/** Who may write what: facilitator-only settings, each person's own dots. */
export const PERMISSION_POLICIES: readonly UpdatePolicy[] = [protectedKeysPolicy(META_MAP, FACILITATOR_META_KEYS), ownEntriesPolicy(VOTES_MAP, voteEntryOwner)];

/** Every rule a live connection's update must pass. */
export const LIVE_POLICIES: readonly UpdatePolicy[] = [...PERMISSION_POLICIES, ...CONTENT_POLICIES];

export type Verdict = { kind: 'ok' } | { kind: 'missing'; missing: MissingDependency } | { kind: 'refused'; code: number; reason: string };

/** The judgement every update gets against the document it would change, live or imported. */
export function judgeUpdate(doc: Y.Doc, update: DecodedUpdate, writer: PolicyPeer, policies: readonly UpdatePolicy[]): Verdict {
  const missing = findMissingDependency(doc, update);
  if (missing) return { kind: 'missing', missing };
  const refusal = checkUpdate(policies, doc, update, writer);
  return refusal ? { kind: 'refused', ...refusal } : { kind: 'ok' };
}

/** The writer of a document restored from outside: the server itself, holding a facilitator's settings. */
const RESTORER: PolicyPeer = { subject: SERVER_SUBJECT, mayConfigure: () => true };

/**
 * A whole document from outside as the live server would hold it, or why it would not: readable
 * to its last byte, complete, every record and cell valid, within `maxDocBytes` as the document
 * encodes it. The caller destroys the returned document.
 */
export function readDocumentState(state: Uint8Array, maxDocBytes: number): { ok: true; doc: Y.Doc } | { ok: false; reason: string } {
  let decoded: DecodedUpdate;
  try {
    decoded = decodeWellFormedUpdate(state).decoded;
  } catch (error) {
    return { ok: false, reason: `not a readable Yjs update (${error instanceof Error ? error.message : String(error)})` };
  }
  const doc = new Y.Doc();
  const verdict = judgeUpdate(doc, decoded, RESTORER, CONTENT_POLICIES);
  if (verdict.kind !== 'ok') {
    doc.destroy();
    return {
      ok: false,
      reason: verdict.kind === 'missing' ? `an incomplete Yjs update (it refers to changes the archive does not hold: ${verdict.missing.reason})` : `not a valid Plano document (${verdict.reason})`,
    };
  }
  Y.applyUpdate(doc, state);
  const bytes = Y.encodeStateAsUpdate(doc).byteLength;
  if (bytes > maxDocBytes) {
    doc.destroy();
    return { ok: false, reason: `a document of ${bytes} bytes; the limit is ${maxDocBytes} bytes` };
  }
  return { ok: true, doc };
}
