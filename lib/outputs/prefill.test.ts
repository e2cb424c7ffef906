import { describe, expect, it } from 'vitest';
import { findTopic } from '../method/topics';
import type { AgreedData } from './agreedData';
import { prefillMcuaActions } from './prefill';

const topic4_7 = findTopic('4.7')!;

describe('pre-filling the 4.7 MCUA actions from agreed outputs', () => {
  it('turns the agreed 3.2 integrated solutions into MCUA actions', () => {
    const latest = new Map<string, AgreedData>([
      [
        '3.2/integrated-solutions',
        { format: 'items', items: [{ id: 's1', label: 'Zona air minum prima' }, { id: 's2', label: 'Pengaduan satu pintu', aspect: 'management' }] },
      ],
      ['4.6/finance-proposals', { format: 'items', items: [{ id: 'f1', label: 'Penyesuaian tarif' }] }],
    ]);
    expect(prefillMcuaActions(topic4_7, latest)).toEqual([
      { id: '3-2-integrated-solutions-s1', label: 'Zona air minum prima', aspect: 'management', source: '3.2/integrated-solutions' },
      { id: '3-2-integrated-solutions-s2', label: 'Pengaduan satu pintu', aspect: 'management', source: '3.2/integrated-solutions' },
      // 4.6 produces financial proposals: its items take the financial aspect.
      { id: '4-6-finance-proposals-f1', label: 'Penyesuaian tarif', aspect: 'financial', source: '4.6/finance-proposals' },
    ]);
  });

  it('starts empty when nothing has been agreed yet', () => {
    expect(prefillMcuaActions(topic4_7, new Map())).toEqual([]);
  });

  it('ignores agreed outputs the topic does not take as input', () => {
    const latest = new Map<string, AgreedData>([['2.1/main-issue', { format: 'items', items: [{ id: 'x', label: 'Isu' }] }]]);
    expect(prefillMcuaActions(topic4_7, latest)).toEqual([]);
  });
});
