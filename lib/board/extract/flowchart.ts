/**
 * 4.2 Bagan Alir as data: each lane of the flowchart board (the procedure as it is, and as
 * proposed) becomes a graph of its cards joined by tldraw arrows, with each step's change tag,
 * the steps in flow order, and a summary of how much simpler the proposal is.
 */
import { CHANGE_TAGS, isChangeTag, isFlowRole, type ChangeTag, type FlowRole } from '../../shapes/card';
import { cardsInRole, placeCards, type PlacedCard } from './placeCards';
import type { BoardSnapshot } from './readBoard';

/** The flowchart template's two lanes, by area role (lib/board/templates/flowchart.ts). */
export const FLOWCHART_LANES = ['current', 'proposed'] as const;
export type FlowchartLane = (typeof FLOWCHART_LANES)[number];

export interface FlowNode {
  /** The card's shape id. */
  id: string;
  text: string;
  role: FlowRole;
  /** The change the proposal makes to this step; '' for none. */
  tag: ChangeTag | '';
  /** Position in the flow, from 1: arrows first, left to right where arrows do not decide. */
  order: number;
}

export interface FlowEdge {
  /** The arrow's shape id. */
  id: string;
  from: string;
  to: string;
  /** The arrow's label as plain text (e.g. "Ya" / "Tidak" out of a decision); '' for none. */
  label: string;
}

export interface FlowGraph {
  /** In flow order. */
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/** An arrow that does not join two steps of one lane, so it is not part of either graph. */
export interface LooseArrow {
  id: string;
  label: string;
  /** Card ids at its ends, null where the end is bound to no card. */
  from: string | null;
  to: string | null;
  /** 'unbound': an end bound to nothing or to something that is not a lane's card. */
  reason: 'unbound' | 'between-lanes';
}

export interface LaneCount {
  /** Every card of the lane, decisions included. */
  nodes: number;
  steps: number;
  decisions: number;
}

export interface FlowchartSummary {
  current: LaneCount;
  proposed: LaneCount;
  /** Cards carrying each change tag, both lanes together. */
  tags: Record<ChangeTag, number>;
  /** Current minus proposed cards: positive when the proposed procedure is shorter. */
  fewerNodes: number;
}

export interface FlowchartReading {
  lanes: Record<FlowchartLane, FlowGraph>;
  looseArrows: LooseArrow[];
  /** Cards on the board but in neither lane (e.g. notes on the sheet's margin). */
  unplaced: { id: string; text: string }[];
  summary: FlowchartSummary;
}

export function extractFlowchart(snapshot: BoardSnapshot): FlowchartReading {
  const placement = placeCards(snapshot);
  const flowProps = readFlowProps(snapshot);
  const laneCards = Object.fromEntries(FLOWCHART_LANES.map((lane) => [lane, cardsInRole(placement, lane)])) as Record<FlowchartLane, PlacedCard[]>;
  const laneOf = new Map<string, FlowchartLane>();
  for (const lane of FLOWCHART_LANES) for (const card of laneCards[lane]) laneOf.set(card.id, lane);

  const edgesByLane: Record<FlowchartLane, FlowEdge[]> = { current: [], proposed: [] };
  const looseArrows: LooseArrow[] = [];
  for (const arrow of readArrows(snapshot)) {
    const fromLane = arrow.from === null ? undefined : laneOf.get(arrow.from);
    const toLane = arrow.to === null ? undefined : laneOf.get(arrow.to);
    if (fromLane && toLane && fromLane === toLane) {
      edgesByLane[fromLane].push({ id: arrow.id, from: arrow.from!, to: arrow.to!, label: arrow.label });
    } else {
      looseArrows.push({
        id: arrow.id,
        label: arrow.label,
        from: fromLane ? arrow.from : null,
        to: toLane ? arrow.to : null,
        reason: fromLane && toLane ? 'between-lanes' : 'unbound',
      });
    }
  }

  const lanes = Object.fromEntries(
    FLOWCHART_LANES.map((lane) => [lane, laneGraph(laneCards[lane], edgesByLane[lane], flowProps)]),
  ) as Record<FlowchartLane, FlowGraph>;
  return {
    lanes,
    looseArrows,
    unplaced: placement.cards.filter((card) => !laneOf.has(card.id)).map((card) => ({ id: card.id, text: card.text })),
    summary: summarise(lanes),
  };
}

function laneGraph(cards: readonly PlacedCard[], edges: FlowEdge[], flowProps: ReadonlyMap<string, FlowProps>): FlowGraph {
  const order = flowOrder(cards, edges);
  const nodes = order.map<FlowNode>((card, i) => {
    const props = flowProps.get(card.id);
    return { id: card.id, text: card.text, role: props?.role ?? 'step', tag: props?.tag ?? '', order: i + 1 };
  });
  return { nodes, edges };
}

/** Left to right along the lane, then top to bottom: how a lane is read where arrows are silent. */
function byPosition(a: PlacedCard, b: PlacedCard): number {
  return a.centre.x - b.centre.x || a.centre.y - b.centre.y || a.id.localeCompare(b.id);
}

/**
 * The steps in flow order: a topological order of the arrows, starting from the steps nothing
 * points to. A loop ("berkas kurang: kembali ke pemeriksaan") must not stop the ordering, so the
 * arrows that close a loop are found first by a depth-first walk and left out of the ordering;
 * where several steps could come next, the one further left goes first.
 */
function flowOrder(cards: readonly PlacedCard[], edges: readonly FlowEdge[]): PlacedCard[] {
  const sorted = [...cards].sort(byPosition);
  const rank = new Map(sorted.map((card, i) => [card.id, i]));
  const next = new Map<string, string[]>(sorted.map((card) => [card.id, []]));
  for (const edge of edges) if (edge.from !== edge.to) next.get(edge.from)?.push(edge.to);
  for (const targets of next.values()) targets.sort((a, b) => rank.get(a)! - rank.get(b)!);

  const loopClosing = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const to of next.get(id)!) {
      if (state.get(to) === 'open') loopClosing.add(`${id}\u0000${to}`);
      else if (!state.has(to)) visit(to);
    }
    state.set(id, 'done');
  };
  const hasIncoming = new Set(edges.filter((e) => e.from !== e.to).map((e) => e.to));
  // Walks from the starts first, so that the arrow back into a loop, not the loop's way in, is cut.
  for (const card of sorted) if (!hasIncoming.has(card.id) && !state.has(card.id)) visit(card.id);
  for (const card of sorted) if (!state.has(card.id)) visit(card.id);

  const waitingFor = new Map(sorted.map((card) => [card.id, 0]));
  for (const [from, targets] of next) for (const to of targets) if (!loopClosing.has(`${from}\u0000${to}`)) waitingFor.set(to, waitingFor.get(to)! + 1);
  const ready = sorted.filter((card) => waitingFor.get(card.id) === 0).map((card) => card.id);
  const ordered: PlacedCard[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => rank.get(a)! - rank.get(b)!);
    const id = ready.shift()!;
    ordered.push(sorted[rank.get(id)!]);
    for (const to of next.get(id)!) {
      if (loopClosing.has(`${id}\u0000${to}`)) continue;
      const left = waitingFor.get(to)! - 1;
      waitingFor.set(to, left);
      if (left === 0) ready.push(to);
    }
  }
  return ordered;
}

function summarise(lanes: Record<FlowchartLane, FlowGraph>): FlowchartSummary {
  const count = (graph: FlowGraph): LaneCount => {
    const decisions = graph.nodes.filter((node) => node.role === 'decision').length;
    return { nodes: graph.nodes.length, steps: graph.nodes.length - decisions, decisions };
  };
  const tags = Object.fromEntries(CHANGE_TAGS.map((tag) => [tag, 0])) as Record<ChangeTag, number>;
  for (const lane of FLOWCHART_LANES) for (const node of lanes[lane].nodes) if (node.tag) tags[node.tag]++;
  const current = count(lanes.current);
  const proposed = count(lanes.proposed);
  return { current, proposed, tags, fewerNodes: current.nodes - proposed.nodes };
}

/* ----------------------------- raw records ----------------------------- */

interface FlowProps {
  role: FlowRole;
  tag: ChangeTag | '';
}

/** Each card's flowchart props; cards from before flowcharts (no props yet) are plain steps. */
function readFlowProps(snapshot: BoardSnapshot): Map<string, FlowProps> {
  const result = new Map<string, FlowProps>();
  for (const record of snapshot) {
    const r = asObject(record);
    const props = asObject(r?.props);
    if (!r || !props || r.typeName !== 'shape' || typeof r.id !== 'string') continue;
    result.set(r.id, { role: isFlowRole(props.flowRole) ? props.flowRole : 'step', tag: isChangeTag(props.changeTag) ? props.changeTag : '' });
  }
  return result;
}

interface RawArrow {
  id: string;
  label: string;
  from: string | null;
  to: string | null;
}

/**
 * tldraw arrows with the shapes their ends are bound to. tldraw 5 keeps an arrow's ends as
 * `binding` records of type 'arrow': `fromId` is the arrow, `toId` the shape, `props.terminal`
 * says which end. An arrow whose only head is at its start points backwards: it is read from
 * its end to its start, as people read the drawing.
 */
function readArrows(snapshot: BoardSnapshot): RawArrow[] {
  const arrows = new Map<string, { label: string; backwards: boolean; start: string | null; end: string | null }>();
  for (const record of snapshot) {
    const r = asObject(record);
    const props = asObject(r?.props);
    if (!r || !props || r.typeName !== 'shape' || r.type !== 'arrow' || typeof r.id !== 'string') continue;
    const backwards = props.arrowheadEnd === 'none' && typeof props.arrowheadStart === 'string' && props.arrowheadStart !== 'none';
    arrows.set(r.id, { label: arrowLabel(props), backwards, start: null, end: null });
  }
  for (const record of snapshot) {
    const r = asObject(record);
    const props = asObject(r?.props);
    if (!r || !props || r.typeName !== 'binding' || r.type !== 'arrow' || typeof r.fromId !== 'string' || typeof r.toId !== 'string') continue;
    const arrow = arrows.get(r.fromId);
    if (!arrow || (props.terminal !== 'start' && props.terminal !== 'end')) continue;
    arrow[props.terminal] = r.toId;
  }
  return [...arrows].map(([id, arrow]) => ({
    id,
    label: arrow.label,
    from: arrow.backwards ? arrow.end : arrow.start,
    to: arrow.backwards ? arrow.start : arrow.end,
  }));
}

function arrowLabel(props: Record<string, unknown>): string {
  // tldraw 5 stores labels as rich text; boards from tldraw 2 had a plain `text`.
  if (props.richText !== undefined) return plainTextOf(props.richText);
  return typeof props.text === 'string' ? props.text.trim() : '';
}

/** The plain text of a tldraw rich text (a ProseMirror document): paragraphs become lines. */
export function plainTextOf(richText: unknown): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: unknown, depth: number) => {
    const n = asObject(node);
    if (!n || depth > 64) return;
    if (n.type === 'text' && typeof n.text === 'string') line += n.text;
    else if (n.type === 'hardBreak') line += '\n';
    if (Array.isArray(n.content)) for (const child of n.content) walk(child, depth + 1);
    if (n.type === 'paragraph' || n.type === 'heading') {
      lines.push(line);
      line = '';
    }
  };
  walk(richText, 0);
  if (line) lines.push(line);
  return lines.join('\n').trim();
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
