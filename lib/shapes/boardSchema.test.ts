import { describe, expect, it } from 'vitest';
import { defaultCardProps } from './card';
import { recordProblem } from './boardSchema';

const card = (props: object = {}) => ({
  id: 'shape:card1',
  typeName: 'shape',
  type: 'plano-card',
  x: 10,
  y: 20,
  rotation: 0,
  index: 'a1',
  parentId: 'page:page',
  isLocked: false,
  opacity: 1,
  meta: {},
  props: { ...defaultCardProps(), text: 'Air keruh', ...props },
});

describe('records a client writes to a board', () => {
  it('accepts a well-formed metaplan card', () => {
    expect(recordProblem('shape:card1', card())).toBeNull();
  });

  it('refuses a card with a colour that has no meaning, or a missing prop', () => {
    expect(recordProblem('shape:card1', card({ color: 'chartreuse' }))).toMatch(/not valid/);
    const { text: _text, ...withoutText } = defaultCardProps();
    expect(recordProblem('shape:card1', { ...card(), props: withoutText })).toMatch(/not valid/);
  });

  it('refuses anything that is not a record of a known type under its own id', () => {
    expect(recordProblem('shape:card1', 'hello')).toMatch(/not an object/);
    expect(recordProblem('shape:other', card())).toMatch(/another id/);
    expect(recordProblem('shape:card1', { ...card(), typeName: 'spaceship' })).toMatch(/unknown type/);
    expect(recordProblem('shape:card1', { ...card(), type: 'no-such-shape' })).toMatch(/not valid/);
  });

  it('accepts tldraw’s own records, such as a page', () => {
    expect(recordProblem('page:page', { id: 'page:page', typeName: 'page', name: 'Halaman 1', index: 'a1', meta: {} })).toBeNull();
  });
});

describe('cards on a flowchart board', () => {
  it('accepts a decision card tagged for removal', () => {
    expect(recordProblem('shape:card1', card({ flowRole: 'decision', changeTag: 'hapus' }))).toBeNull();
    expect(recordProblem('shape:card1', card({ changeTag: 'limpahkan' }))).toBeNull();
  });

  it('refuses a change tag or a flow role the method does not have', () => {
    expect(recordProblem('shape:card1', card({ changeTag: 'tambah' }))).toMatch(/not valid/);
    expect(recordProblem('shape:card1', card({ flowRole: 'start' }))).toMatch(/not valid/);
  });

  it('accepts a card written by a client from before flowcharts, without the new props', () => {
    const { flowRole: _role, changeTag: _tag, ...oldProps } = defaultCardProps();
    expect(recordProblem('shape:card1', { ...card(), props: { ...oldProps, text: 'Air keruh' } })).toBeNull();
  });

  it('still refuses an old card that is malformed in another way', () => {
    const { flowRole: _role, changeTag: _tag, ...oldProps } = defaultCardProps();
    expect(recordProblem('shape:card1', { ...card(), props: { ...oldProps, color: 'chartreuse' } })).toMatch(/not valid/);
    expect(recordProblem('shape:card1', { ...card(), props: { ...oldProps, changeTag: 'tambah' } })).toMatch(/not valid/);
  });
});
