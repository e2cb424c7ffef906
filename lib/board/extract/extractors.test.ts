import { describe, expect, it } from 'vitest';
import brainstorm from './fixtures/brainstorm.json';
import hk from './fixtures/harapan-kenyataan.json';
import onion from './fixtures/onion.json';
import serviceFlow from './fixtures/service-flow.json';
import stakeholders from './fixtures/stakeholder-map.json';
import { extractClusters, extractHarapanKenyataan, extractOnion, extractServiceFlow, extractStakeholderQuadrants } from './index';

const ids = (cards: readonly { id: string }[]) => cards.map((c) => c.id.replace('shape:', ''));

describe('extractHarapanKenyataan', () => {
  const table = extractHarapanKenyataan(hk);

  it('lists all five nodes in the guide’s order, empty ones included', () => {
    expect(table.nodes.map((n) => n.node)).toEqual(['target-groups', 'service-package', 'mobilising-support', 'delivery', 'service-centre']);
    expect(table.nodes[1]).toMatchObject({ harapan: [], kenyataan: [], rootCauses: [], ideas: [] });
  });

  it('fills each node’s harapan, kenyataan, root causes and ideas from the cells the cards are in', () => {
    const delivery = table.nodes.find((n) => n.node === 'delivery');
    expect(ids(delivery?.harapan ?? [])).toEqual(['harapan-delivery']);
    expect(ids(delivery?.kenyataan ?? [])).toEqual(['kenyataan-delivery']);
    expect(ids(delivery?.rootCauses ?? [])).toEqual(['root-delivery']);
    expect(ids(delivery?.ideas ?? [])).toEqual(['idea-delivery']);
    expect(ids(table.nodes[0].kenyataan)).toEqual(['straddling']);
    expect(ids(table.nodes[4].ideas)).toEqual(['idea-sms', 'idea-loket']);
  });

  it('reports cards in no node as unplaced', () => {
    expect(ids(table.unplaced).sort()).toEqual(['in-title', 'off-sheet']);
  });
});

describe('extractServiceFlow', () => {
  const flow = extractServiceFlow(serviceFlow);

  it('gives root causes and solutions per step, in the flow’s order', () => {
    expect(flow.steps.map((s) => s.step)).toEqual(['design', 'mobilisation', 'delivery', 'reaching-targets']);
    expect(ids(flow.steps[0].notes)).toEqual(['step-design']);
    expect(ids(flow.steps[1].rootCauses)).toEqual(['root-mobilisation', 'root-mobilisation-2']);
    expect(ids(flow.steps[1].solutions)).toEqual(['solution-mobilisation']);
    expect(flow.steps[2]).toMatchObject({ notes: [], rootCauses: [], solutions: [] });
    expect(ids(flow.steps[3].solutions)).toEqual(['solution-reaching']);
  });
});

describe('extractOnion', () => {
  const reading = extractOnion(onion);

  it('ranks cards ring by ring, nearer the centre first', () => {
    expect(reading.ranking.map((r) => [r.rank, r.ring, r.card.id.replace('shape:', '')])).toEqual([
      [1, 1, 'inner-a'],
      [2, 1, 'inner-b'],
      [3, 2, 'ring2'],
      [4, 3, 'ring3'],
    ]);
    expect(reading.rings[3].cards).toEqual([]);
    expect(ids(reading.outside)).toEqual(['outside']);
  });

  it('flags a second card in the inner ring as a rule violation, naming both cards', () => {
    expect(reading.violations).toHaveLength(1);
    expect(reading.violations[0]).toMatchObject({ rule: 'one-card-in-inner-ring', ring: 1, cardIds: ['shape:inner-a', 'shape:inner-b'] });
    expect(reading.violations[0].message.id).toContain('2');
  });

  it('finds no violation once only one card is left in the inner ring', () => {
    const fixed = onion.filter((r) => r.id !== 'shape:inner-b');
    expect(extractOnion(fixed).violations).toEqual([]);
  });
});

describe('extractStakeholderQuadrants', () => {
  it('sorts stakeholders into influence × interest quadrants, keeping empty ones', () => {
    const { quadrants, unplaced } = extractStakeholderQuadrants(stakeholders);
    expect(quadrants.map((q) => [q.influence, q.interest, ids(q.cards)])).toEqual([
      ['high', 'low', ['bupati']],
      ['high', 'high', ['dprd']],
      ['low', 'low', []],
      ['low', 'high', ['forum']],
    ]);
    expect(quadrants[0].label.id).toContain('Pengaruh tinggi');
    expect(unplaced).toEqual([]);
  });
});

describe('extractClusters', () => {
  const clusters = extractClusters(brainstorm);
  const inArea = (role: string) => clusters.filter((c) => c.area?.role === role).map((c) => ids(c.cards));

  it('chains cards that lie close together into one cluster and leaves a distant card alone', () => {
    expect(inArea('open')).toEqual([['chain-a', 'chain-b', 'chain-c'], ['alone']]);
  });

  it('keeps cards of one tldraw group together however far apart they are', () => {
    expect(inArea('cluster-2')).toEqual([['grouped-top', 'grouped-bottom']]);
  });

  it('splits the chain when the allowed gap is smaller than the space between cards', () => {
    const tight = extractClusters(brainstorm, { gap: 10 }).filter((c) => c.area?.role === 'open');
    expect(tight.map((c) => ids(c.cards))).toEqual([['chain-a', 'chain-b'], ['chain-c'], ['alone']]);
  });

  it('makes no cluster for an empty area', () => {
    expect(inArea('cluster-1')).toEqual([]);
  });
});
