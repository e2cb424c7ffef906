/**
 * Spotlight: while one group presents, the projector shows that group's board instead of the
 * plenary. Kept in the plenary's `meta` under `META_SPOTLIGHT`, which only facilitators may set.
 */
export { META_SPOTLIGHT } from '../board/docMeta';

export interface Spotlight {
  /** The group board the projector shows. */
  docName: string;
  groupId: string;
  /** When the facilitator turned it on; tells two spotlights on the same board apart. */
  since: number;
}

const DOC_NAME = /^[A-Za-z0-9_-]{1,100}$/;

/** Reads `meta.spotlight`; null when it is off or not well-formed. */
export function readSpotlight(value: unknown): Spotlight | null {
  if (typeof value !== 'object' || value === null) return null;
  const { docName, groupId, since } = value as Record<string, unknown>;
  if (typeof docName !== 'string' || !DOC_NAME.test(docName)) return null;
  if (typeof groupId !== 'string' || groupId.length > 100) return null;
  if (typeof since !== 'number' || !Number.isFinite(since)) return null;
  return { docName, groupId, since };
}

/**
 * The board the projector should show: the spotlit board when it is one of the session's
 * group boards, else the plenary (a stale spotlight of an earlier session falls back).
 */
export function projectedDocName(spotlight: Spotlight | null, plenaryDocName: string, groupBoards: ReadonlySet<string>): string {
  return spotlight && groupBoards.has(spotlight.docName) ? spotlight.docName : plenaryDocName;
}
