import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { craftUpdate, mapEntry } from '../testing/craftUpdate';
import { decodeWellFormedUpdate, MalformedMessageError } from './messages';
import { readUpdateLayout } from './updateLayout';

/** A board edited by two devices, one of them writing text, a nested map and a deletion. */
function twoDeviceUpdate(): Uint8Array {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.getMap('tldraw').set('shape:1', { id: 'shape:1', text: 'Air mengalir 24 jam' });
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  b.getText('notes').insert(0, 'catatan');
  b.getMap('meta').set('nested', new Y.Map());
  b.getMap('tldraw').delete('shape:1');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  return Y.encodeStateAsUpdate(a);
}

function expectMalformed(update: Uint8Array, reason: RegExp): void {
  expect(() => decodeWellFormedUpdate(update)).toThrow(MalformedMessageError);
  expect(() => decodeWellFormedUpdate(update)).toThrow(reason);
}

describe('the layout of an update', () => {
  it('reads each client’s section and the end of a real update exactly where Yjs does', () => {
    const update = twoDeviceUpdate();
    const layout = readUpdateLayout(update);
    expect(layout.endOffset).toBe(update.byteLength);
    const decoded = Y.decodeUpdate(update);
    expect(layout.sections.map((s) => s.structs).reduce((a, b) => a + b, 0)).toBe(decoded.structs.length);
    expect(new Set(layout.sections.map((s) => s.client))).toEqual(new Set(decoded.structs.map((s) => s.id.client)));
    expect(decodeWellFormedUpdate(update).decoded.structs).toHaveLength(decoded.structs.length);
  });

  it('refuses bytes after the end of an update, which Yjs would ignore and storage would keep', () => {
    const zeros = new Uint8Array(4096);
    expectMalformed(craftUpdate([], [], zeros), /4096 bytes after the end of the update/);
    const real = twoDeviceUpdate();
    const padded = new Uint8Array(real.byteLength + 1);
    padded.set(real);
    expectMalformed(padded, /1 bytes after the end/);
  });

  it('refuses a client named in two sections, of which applying would keep only the last', () => {
    const first = mapEntry(7, 0, 'meta', 'a', 1);
    const second = mapEntry(7, 1, 'meta', 'b', 2);
    const bytes = craftUpdate([first, mapEntry(8, 0, 'meta', 'c', 3), second]);
    expectMalformed(bytes, /client 7 has two sections/);
  });

  it('refuses a declared section without structs, which Yjs would still obey', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1); // one section
    encoding.writeVarUint(encoder, 0); // ... of no structs
    encoding.writeVarUint(encoder, 7);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 0); // empty delete set
    expectMalformed(encoding.toUint8Array(encoder), /empty section/);
  });

  it('refuses a number that is not a safe integer (a varint padded until it reads as NaN)', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    for (let i = 0; i < 160; i++) encoding.writeUint8(encoder, 0x80);
    encoding.writeUint8(encoder, 0x01);
    expect(() => decodeWellFormedUpdate(encoding.toUint8Array(encoder))).toThrow(MalformedMessageError);
  });

  it('refuses sub-documents, which Plano boards never hold', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('sub', new Y.Doc());
    expectMalformed(Y.encodeStateAsUpdate(doc), /sub-documents/);
  });

  it('reads an update that is a view into a larger frame without reading past its end', () => {
    const real = twoDeviceUpdate();
    const frame = new Uint8Array(real.byteLength + 10);
    frame.set(real, 5);
    const { update } = decodeWellFormedUpdate(frame.subarray(5, 5 + real.byteLength));
    expect(update).toEqual(real);
    expect(update.byteOffset).toBe(0);
  });
});
