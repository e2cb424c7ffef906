import { describe, expect, it } from 'vitest';
import flowchart from './fixtures/flowchart.json';
import harapanKenyataan from './fixtures/harapan-kenyataan.json';
import { readBoard } from './readBoard';

const cardOf = (snapshot: readonly unknown[], id: string) => readBoard(snapshot).cards.find((card) => card.id === id);

describe('readBoard keeps a card’s flowchart marks', () => {
  it('reads each card’s role and change tag from a flowchart board', () => {
    expect(cardOf(flowchart, 'shape:cur-complete')).toMatchObject({ flowRole: 'decision', changeTag: '' });
    expect(cardOf(flowchart, 'shape:cur-copy')).toMatchObject({ flowRole: 'step', changeTag: 'hapus' });
    expect(cardOf(flowchart, 'shape:cur-sign')).toMatchObject({ flowRole: 'step', changeTag: 'limpahkan' });
  });

  it('reads a card written before flowcharts, or with marks it does not know, as a plain step', () => {
    const card = (id: string, props: Record<string, unknown>) => ({
      typeName: 'shape', id, type: 'plano-card', parentId: 'page:page', x: 0, y: 0, rotation: 0,
      props: { w: 240, h: 160, text: id, color: 'pink', ...props },
    });
    const snapshot = [card('shape:old', {}), card('shape:odd', { flowRole: 'loop', changeTag: 'buang' })];
    expect(cardOf(snapshot, 'shape:old')).toMatchObject({ flowRole: 'step', changeTag: '' });
    expect(cardOf(snapshot, 'shape:odd')).toMatchObject({ flowRole: 'step', changeTag: '' });
  });

  it('gives every card of an ordinary board the plain marks', () => {
    const cards = readBoard(harapanKenyataan).cards;
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((card) => card.flowRole === 'step' && card.changeTag === '')).toBe(true);
  });
});
