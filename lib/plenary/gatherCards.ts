/**
 * Gather to plenary, as pure data: given the plenary's records and the group boards' records,
 * the new plenary card records for every group card not gathered yet. No IO: the server reads
 * the boards and writes the result into the plenary document.
 */
import { DEFAULT_CLUSTER_GAP } from '../board/extract/clusters';
import { placeCards, type PlacedCard } from '../board/extract/placeCards';
import type { BilingualText } from '../i18n/bilingual';
import type { StoredShapeRecord } from '../shapes/storedShape';
import { FRAME_ROLE } from '../board/templates/layout';
import { AREA_SHAPE_TYPE, AREA_TONES, type AreaShapeProps, type AreaTone } from '../shapes/area';
import { CARD_DEFAULT_SIZE, CARD_SHAPE_TYPE, type CardShapeProps } from '../shapes/card';
import { gatheredBlockId, gatheredCardId, readGatheredFrom, sourceKey, type GatheredBlockMeta, type GatheredCardMeta } from './gatheredFrom';
import { indexKeysAbove, indexKeysBelow } from './indexKeysAbove';
import { layoutColumns, type LayoutSpacing } from './layoutColumns';

/** One group board to gather from. */
export interface GatherSource {
  groupId: string;
  groupName: string;
  groupColor: string;
  /** The group board's document name. */
  docName: string;
  /** Its records: `Object.values(ydoc.getMap('tldraw').toJSON())`. */
  boardRecords: readonly unknown[];
}

export interface GatherOptions {
  /** Roles listed here come first, in this order (e.g. the template's area order). */
  roleOrder?: readonly string[];
  /** Name of the page created when the plenary has none yet (it was never opened). */
  firstPageName?: string;
  /** Layout spacing; defaults to `DEFAULT_SPACING` with a cell as large as the largest card. */
  spacing?: Partial<Omit<LayoutSpacing, 'cell'>>;
}

/** A plenary card record as stored in the Y.Map `tldraw` (same fields as tldraw writes). */
export type GatheredCardRecord = StoredShapeRecord<typeof CARD_SHAPE_TYPE, CardShapeProps, GatheredCardMeta>;

/**
 * The labelled area around one group's cards of one template area ("Kelompok A · Harapan ·
 * Produksi"), drawn under every card. It carries the source area's role, so the plenary reads
 * like the groups' sheets: extraction finds the cards by role there too.
 */
export type GatheredBlockRecord = StoredShapeRecord<typeof AREA_SHAPE_TYPE, AreaShapeProps, GatheredBlockMeta>;

/** Role of the block holding a group's cards that sat in no template area (a blank board). */
export const GROUP_BLOCK_ROLE = 'group';

export interface GatherResult {
  /** Records to put into the plenary's Y.Map, keyed by their `id`: blocks, cards, and a page if it had none. */
  newRecords: (GatheredCardRecord | GatheredBlockRecord | PlenaryBaseRecord)[];
  /** How many new cards are among `newRecords`. */
  added: number;
  /** Source cards already on the plenary (moved or edited there or not), left alone. */
  skipped: number;
}

/**
 * Cards of a block stand further apart than the cluster gap: each gathered card starts as a
 * cluster of its own, and the plenary merges duplicates by dragging them together. The heading
 * band holds two lines of a long label ("Kelompok A · Akar masalah · Penetapan kelompok sasaran").
 */
export const DEFAULT_SPACING: Omit<LayoutSpacing, 'cell'> = { cardsPerRow: 2, cardGap: DEFAULT_CLUSTER_GAP + 20, sectionGap: 40, columnGap: 120, headingH: 90, blockPadding: 20 };

/** One block of a group's column: the cards of one template area, not gathered yet. */
interface Section {
  role: string | null;
  label: BilingualText | null;
  tone: AreaTone;
  entries: { source: GatherSource; card: PlacedCard; size: { w: number; h: number } }[];
}

/** tldraw's fixed ids of the first page and the document record (see `useYjsStore`). */
const FIRST_PAGE_ID = 'page:page';
const DOCUMENT_ID = 'document:document';

export function gatherCards(plenaryRecords: readonly unknown[], sources: readonly GatherSource[], options: GatherOptions = {}): GatherResult {
  const plenary = readPlenary(plenaryRecords);
  let skipped = 0;
  const columns: Section[][] = [];
  for (const source of sources) {
    const sizes = cardSizes(source.boardRecords);
    const tones = areaTones(source.boardRecords);
    const fresh = placeCards(source.boardRecords).cards.filter((card) => {
      const already = plenary.gathered.has(sourceKey(source.docName, card.id)) || plenary.ids.has(gatheredCardId(source.docName, card.id));
      if (already) skipped++;
      return !already;
    });
    columns.push(
      sectionsOf(fresh, options.roleOrder ?? []).map((section) => {
        const area = sectionArea(section[0]);
        return {
          role: area?.role ?? null,
          label: area?.label ?? null,
          tone: (area && tones.get(area.id)) ?? 'plain',
          entries: section.map((card) => ({ source, card, size: sizes.get(card.id) ?? CARD_DEFAULT_SIZE })),
        };
      }),
    );
  }
  const all = columns.flatMap((sections) => sections.flatMap((section) => section.entries));
  if (all.length === 0) return { newRecords: [], added: 0, skipped };

  const cell = { w: Math.max(...all.map((entry) => entry.size.w)), h: Math.max(...all.map((entry) => entry.size.h)) };
  const spacing: LayoutSpacing = { ...DEFAULT_SPACING, ...options.spacing, cell };
  const origin = plenary.occupied ? { x: plenary.occupied.right + spacing.columnGap, y: plenary.occupied.top } : { x: 0, y: 0 };
  const layout = layoutColumns(
    columns.map((sections) => sections.map((section) => section.entries)),
    origin,
    spacing,
  );
  const placed = layout.cards;
  const indices = indexKeysAbove(plenary.highestIndex, placed.length);
  // Blocks go under everything already on the page, so a card dragged onto another block stays visible.
  const blockIndices = indexKeysBelow(plenary.lowestIndex ?? indices[0], layout.blocks.length);
  const takenIds = new Set(plenary.ids);
  const blocks = layout.blocks.map<GatheredBlockRecord>(({ column, section: sectionIndex, x, y, w, h }, i) => {
    const section = columns[column][sectionIndex];
    const { source, card } = section.entries[0];
    const label = section.label
      ? { id: `${source.groupName} · ${section.label.id}`, en: `${source.groupName} · ${section.label.en}` }
      : { id: source.groupName, en: source.groupName };
    return {
      id: freeId(gatheredBlockId(source.docName, card.id), takenIds),
      typeName: 'shape',
      type: AREA_SHAPE_TYPE,
      parentId: plenary.pageId,
      index: blockIndices[i],
      x,
      y,
      rotation: 0,
      isLocked: true,
      opacity: 1,
      meta: { gatheredBlock: { docName: source.docName, groupId: source.groupId, areaRole: section.role } },
      props: { w, h, role: section.role ?? GROUP_BLOCK_ROLE, label, outline: 'rect', tone: section.tone },
    };
  });

  const cards = placed.map<GatheredCardRecord>(({ item: { source, card, size }, x, y }, i) => ({
    id: gatheredCardId(source.docName, card.id),
    typeName: 'shape',
    type: CARD_SHAPE_TYPE,
    parentId: plenary.pageId,
    index: indices[i],
    x,
    y,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {
      gatheredFrom: { docName: source.docName, shapeId: card.id, groupId: source.groupId, areaRole: card.area?.role ?? null },
      groupName: source.groupName,
      groupColor: source.groupColor,
    },
    props: {
      w: size.w,
      h: size.h,
      text: card.text,
      color: card.color,
      authorId: card.authorId,
      authorName: card.authorName,
      groupId: source.groupId,
      createdAt: card.createdAt,
      // A flowchart's steps, decisions and change tags mean something on the plenary too.
      flowRole: card.flowRole,
      changeTag: card.changeTag,
    },
  }));
  const base = plenary.hasPage ? [] : plenaryBaseRecords(options.firstPageName ?? 'Halaman 1', plenary.hasDocument);
  return { newRecords: [...base, ...blocks, ...cards], added: cards.length, skipped };
}

/** The template area a section's cards sat in; null for the frame and for no area. */
function sectionArea(card: PlacedCard): PlacedCard['area'] {
  return card.area && card.area.role !== FRAME_ROLE ? card.area : null;
}

/**
 * `id`, or `id-2`, `id-3`… when the plenary already holds it (a gathered card deleted there and
 * gathered again starts a new block); deterministic, so racing gatherings still agree.
 */
function freeId(id: `shape:${string}`, taken: Set<string>): `shape:${string}` {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** Each template area's tone on a group board, by area id, so a block looks like its area. */
function areaTones(records: readonly unknown[]): Map<string, AreaTone> {
  const tones = new Map<string, AreaTone>();
  for (const record of records) {
    const r = asObject(record);
    const tone = asObject(r?.props)?.tone;
    if (r?.type === AREA_SHAPE_TYPE && typeof r.id === 'string' && (AREA_TONES as readonly unknown[]).includes(tone)) tones.set(r.id, tone as AreaTone);
  }
  return tones;
}

/**
 * A card's section: the role of its template area, the frame and "no area" counting as none.
 * Sections in `roleOrder` first, then the others as their areas read on the sheet (top to
 * bottom, left to right), cards in no area last.
 */
function sectionsOf(cards: readonly PlacedCard[], roleOrder: readonly string[]): PlacedCard[][] {
  const byRole = new Map<string | null, PlacedCard[]>();
  for (const card of cards) {
    const role = card.area && card.area.role !== FRAME_ROLE ? card.area.role : null;
    byRole.set(role, [...(byRole.get(role) ?? []), card]);
  }
  const rank = (role: string | null): [number, number, number] => {
    if (role === null) return [2, 0, 0];
    const listed = roleOrder.indexOf(role);
    if (listed >= 0) return [0, listed, 0];
    const area = byRole.get(role)![0].area!.bounds;
    return [1, area.y, area.x];
  };
  return [...byRole.keys()]
    .sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || (a ?? '').localeCompare(b ?? '');
    })
    .map((role) => byRole.get(role)!);
}

/** Each card's own size, from its raw record (placeCards reports rotated bounds). */
function cardSizes(records: readonly unknown[]): Map<string, { w: number; h: number }> {
  const sizes = new Map<string, { w: number; h: number }>();
  for (const record of records) {
    const r = asObject(record);
    const props = asObject(r?.props);
    if (r?.type !== CARD_SHAPE_TYPE || typeof r.id !== 'string' || !props) continue;
    if (isPositive(props.w) && isPositive(props.h)) sizes.set(r.id, { w: props.w, h: props.h });
  }
  return sizes;
}

interface PlenaryReading {
  pageId: string;
  hasPage: boolean;
  hasDocument: boolean;
  ids: Set<string>;
  /** Source keys of every card gathered before and still on the plenary. */
  gathered: Set<string>;
  /** Extent of the shapes on the page, or null when it is empty. */
  occupied: { top: number; right: number } | null;
  highestIndex: string | null;
  lowestIndex: string | null;
}

function readPlenary(records: readonly unknown[]): PlenaryReading {
  const objects = records.map(asObject).filter((r): r is Record<string, unknown> => r !== null);
  const pages = objects.filter((r) => r.typeName === 'page' && typeof r.id === 'string').sort((a, b) => String(a.index).localeCompare(String(b.index)));
  const pageId = pages.length > 0 ? String(pages[0].id) : FIRST_PAGE_ID;
  const ids = new Set(objects.flatMap((r) => (typeof r.id === 'string' ? [r.id] : [])));
  const gathered = new Set<string>();
  let top = Infinity;
  let right = -Infinity;
  let highestIndex: string | null = null;
  let lowestIndex: string | null = null;
  for (const r of objects) {
    const from = readGatheredFrom(r);
    if (from) gathered.add(sourceKey(from.docName, from.shapeId));
    if (r.typeName !== 'shape' || r.parentId !== pageId || !isFinite(r.x) || !isFinite(r.y)) continue;
    const props = asObject(r.props);
    const w = isPositive(props?.w) ? props.w : 0;
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + w);
    if (typeof r.index === 'string' && (highestIndex === null || r.index > highestIndex)) highestIndex = r.index;
    if (typeof r.index === 'string' && (lowestIndex === null || r.index < lowestIndex)) lowestIndex = r.index;
  }
  const occupied = right > -Infinity ? { top, right } : null;
  return { pageId, hasPage: pages.length > 0, hasDocument: ids.has(DOCUMENT_ID), ids, gathered, occupied, highestIndex, lowestIndex };
}

/** A page (and the document record) for a plenary nobody opened yet, as a first client would seed them. */
export type PlenaryBaseRecord =
  | { id: typeof DOCUMENT_ID; typeName: 'document'; gridSize: number; name: string; meta: Record<string, never> }
  | { id: typeof FIRST_PAGE_ID; typeName: 'page'; name: string; index: string; meta: Record<string, never> };

function plenaryBaseRecords(pageName: string, hasDocument: boolean): PlenaryBaseRecord[] {
  const page: PlenaryBaseRecord = { id: FIRST_PAGE_ID, typeName: 'page', name: pageName, index: 'a1', meta: {} };
  return hasDocument ? [page] : [{ id: DOCUMENT_ID, typeName: 'document', gridSize: 10, name: '', meta: {} }, page];
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function isFinite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isPositive(value: unknown): value is number {
  return isFinite(value) && value > 0;
}
