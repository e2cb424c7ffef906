import { describe, expect, it } from 'vitest';
import flowchart from './fixtures/flowchart.json';
import { extractFlowchart, plainTextOf } from './index';

const short = (id: string | null) => id?.replace('shape:', '') ?? null;
const nodeIds = (graph: { nodes: { id: string }[] }) => graph.nodes.map((node) => short(node.id));
const edgeList = (graph: { edges: { from: string; to: string; label: string }[] }) =>
  graph.edges.map((edge) => `${short(edge.from)} -> ${short(edge.to)}${edge.label ? ` [${edge.label}]` : ''}`).sort();

describe('extractFlowchart', () => {
  const reading = extractFlowchart(flowchart);

  it('orders the current procedure along its arrows, through the decision and back out of the loop', () => {
    expect(nodeIds(reading.lanes.current)).toEqual([
      'cur-queue',
      'cur-check',
      'cur-complete',
      'cur-initial',
      'cur-fix',
      'cur-sign',
      'cur-copy',
      'cur-hand-over',
      'straddling',
    ]);
    expect(reading.lanes.current.nodes.map((node) => node.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('puts a card hanging over both lanes in the lane that holds its centre', () => {
    expect(nodeIds(reading.lanes.current)).toContain('straddling');
    expect(nodeIds(reading.lanes.proposed)).not.toContain('straddling');
  });

  it('keeps each card’s role and change tag', () => {
    const byId = new Map(reading.lanes.current.nodes.map((node) => [short(node.id), node]));
    expect(byId.get('cur-complete')).toMatchObject({ text: 'Berkas lengkap?', role: 'decision', tag: '' });
    expect(byId.get('cur-check')).toMatchObject({ role: 'step', tag: 'sederhanakan' });
    expect(byId.get('cur-initial')?.tag).toBe('gabung');
    expect(byId.get('cur-sign')?.tag).toBe('limpahkan');
    expect(byId.get('cur-copy')).toMatchObject({ text: 'Arsip difotokopi rangkap tiga', tag: 'hapus' });
  });

  it('turns the arrows between cards of a lane into labelled edges, a backwards-drawn arrow read as it points', () => {
    expect(edgeList(reading.lanes.current)).toEqual([
      'cur-check -> cur-complete',
      'cur-complete -> cur-fix [Tidak]',
      'cur-complete -> cur-initial [Ya]',
      'cur-copy -> cur-hand-over',
      'cur-fix -> cur-check [Kembali]',
      'cur-initial -> cur-sign',
      'cur-queue -> cur-check',
      'cur-sign -> cur-copy',
    ]);
    expect(edgeList(reading.lanes.proposed)).toEqual([
      'prop-check -> prop-complete',
      'prop-complete -> prop-fix [Tidak]',
      'prop-complete -> prop-sign [Ya]',
      'prop-fix -> prop-check',
      'prop-online -> prop-check',
      'prop-sign -> prop-hand-over',
    ]);
    expect(nodeIds(reading.lanes.proposed)).toEqual(['prop-online', 'prop-check', 'prop-complete', 'prop-sign', 'prop-fix', 'prop-hand-over']);
  });

  it('reports an arrow pointing at nothing and one joining the two lanes instead of graphing them', () => {
    expect(reading.looseArrows.map((a) => ({ ...a, id: short(a.id), from: short(a.from), to: short(a.to) }))).toEqual([
      { id: 'a-dangling', label: 'Arsip digital', from: 'prop-hand-over', to: null, reason: 'unbound' },
      { id: 'a-between', label: 'disederhanakan', from: 'cur-check', to: 'prop-check', reason: 'between-lanes' },
    ]);
  });

  it('lists cards in neither lane as unplaced', () => {
    expect(reading.unplaced).toEqual([{ id: 'shape:note', text: 'Catatan: data dari loket Kecamatan' }]);
  });

  it('sums up the changes and how much shorter the proposed procedure is', () => {
    expect(reading.summary).toEqual({
      current: { nodes: 9, steps: 8, decisions: 1 },
      proposed: { nodes: 6, steps: 5, decisions: 1 },
      tags: { hapus: 1, gabung: 1, sederhanakan: 1, limpahkan: 1 },
      fewerNodes: 3,
    });
  });

  it('orders every card exactly once when a loop has no way in', () => {
    const withoutStart = flowchart.filter((record) => !record.id.startsWith('binding:a-cur-1-') && record.id !== 'shape:a-cur-1');
    const order = nodeIds(extractFlowchart(withoutStart).lanes.current);
    expect(order).toEqual(['cur-queue', 'cur-check', 'cur-complete', 'cur-initial', 'cur-fix', 'cur-sign', 'cur-copy', 'cur-hand-over', 'straddling']);
  });

  it('reads cards from before flowcharts as plain steps without tags', () => {
    const old = flowchart.map((record) => {
      if (record.typeName !== 'shape' || record.type !== 'plano-card') return record;
      const { flowRole: _role, changeTag: _tag, ...props } = record.props as Record<string, unknown>;
      return { ...record, props };
    });
    const current = extractFlowchart(old).lanes.current.nodes;
    expect(current.every((node) => node.role === 'step' && node.tag === '')).toBe(true);
    expect(extractFlowchart(old).summary.tags).toEqual({ hapus: 0, gabung: 0, sederhanakan: 0, limpahkan: 0 });
  });

  it('gives empty lanes for a fresh flowchart board', () => {
    const fresh = flowchart.filter((record) => record.typeName !== 'binding' && (record.typeName !== 'shape' || record.type === 'plano-area'));
    const empty = extractFlowchart(fresh);
    expect(empty.lanes).toEqual({ current: { nodes: [], edges: [] }, proposed: { nodes: [], edges: [] } });
    expect(empty.summary.fewerNodes).toBe(0);
  });
});

describe('plainTextOf', () => {
  it('turns a rich text label into lines of plain text', () => {
    const label = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Ya, ' }, { type: 'text', text: 'lengkap', marks: [{ type: 'bold' }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'lanjut' }, { type: 'hardBreak' }, { type: 'text', text: 'ke paraf' }] },
      ],
    };
    expect(plainTextOf(label)).toBe('Ya, lengkap\nlanjut\nke paraf');
    expect(plainTextOf({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('');
    expect(plainTextOf('not rich text')).toBe('');
  });
});
