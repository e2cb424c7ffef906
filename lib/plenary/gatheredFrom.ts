/**
 * How a card on the plenary remembers the group card it was gathered from. Kept in the shape's
 * `meta` (the card schema has no prop for it), so the plenary card can be moved and edited
 * freely while gathering again still recognises it.
 */

/** `meta.gatheredFrom` of a gathered plenary card. */
export interface GatheredFrom {
  /** The group board's document name. */
  docName: string;
  /** The card's shape id on that board. */
  shapeId: string;
  groupId: string;
  /** Role of the template area the card sat in when gathered; null when in none. */
  areaRole: string | null;
}

/** The whole `meta` of a gathered card. */
export interface GatheredCardMeta {
  gatheredFrom: GatheredFrom;
  groupName: string;
  /** The group's colour (a CSS colour from `GROUP_COLORS`), so the plenary can show whose card it is. */
  groupColor: string;
  /** Index signature: tldraw's `meta` is a JSON object. */
  [key: string]: unknown;
}

/**
 * The plenary record id of a gathered card, derived from its source only: two gatherings racing
 * write the same key of the Y.Map and Yjs keeps one card.
 */
export function gatheredCardId(docName: string, shapeId: string): `shape:${string}` {
  return `shape:gathered-${docName}-${shapeId.replace(/^shape:/, '')}`;
}

/** `meta.gatheredBlock` of the labelled area around a group's gathered cards of one template area. */
export interface GatheredBlockMeta {
  gatheredBlock: { docName: string; groupId: string; areaRole: string | null };
  [key: string]: unknown;
}

/** The plenary record id of a block, derived from the first card it was made for. */
export function gatheredBlockId(docName: string, firstShapeId: string): `shape:${string}` {
  return `shape:gathered-block-${docName}-${firstShapeId.replace(/^shape:/, '')}`;
}

/** Identity of a source card, for sets. */
export function sourceKey(docName: string, shapeId: string): string {
  return `${docName}\n${shapeId}`;
}

/** Reads `meta.gatheredFrom` from any record a peer may have written; null when absent or malformed. */
export function readGatheredFrom(record: unknown): GatheredFrom | null {
  if (!isObject(record) || !isObject(record.meta)) return null;
  const from = record.meta.gatheredFrom;
  if (!isObject(from) || typeof from.docName !== 'string' || typeof from.shapeId !== 'string' || typeof from.groupId !== 'string') return null;
  return { docName: from.docName, shapeId: from.shapeId, groupId: from.groupId, areaRole: typeof from.areaRole === 'string' ? from.areaRole : null };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
