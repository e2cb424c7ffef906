import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { gapTableForm } from '@/lib/worksheets/forms/gapTable';
import { cellKey, textRootName } from '@/lib/worksheets/tableSheet';
import { worksheetHandler } from './worksheetHandlers';

// Next's marker that keeps this module out of browser bundles; it throws outside a React server build.
vi.mock('server-only', () => ({}));

describe('a table worksheet written before text cells were shared', () => {
  const handler = worksheetHandler({ type: 'table', form: gapTableForm });

  it('is upgraded on opening: its strings become shared text, and what it agrees stays the same', () => {
    const doc = new Y.Doc();
    doc.getMap('sheet').set('form', 'gap-table');
    doc.getMap('rows').set('nrw', { order: 0 });
    doc.getMap('cells').set(cellKey('nrw', 'indicator'), 'Kehilangan air');
    doc.getMap('cells').set(cellKey('nrw', 'target'), 20);
    const agreedBefore = handler.outputData(doc);
    const upgrade = handler.upgrade!(doc);
    expect(upgrade).not.toBeNull();
    doc.transact(() => upgrade!(doc));
    expect(doc.getText(textRootName('nrw', 'indicator')).toString()).toBe('Kehilangan air');
    expect(doc.getMap('cells').toJSON()).toEqual({ [cellKey('nrw', 'target')]: 20 });
    expect(handler.outputData(doc)).toEqual(agreedBefore);
    // Opened again: nothing left to do.
    expect(handler.upgrade!(doc)).toBeNull();
  });
});
