import { describe, expect, it } from 'vitest';
import hk from '../../board/extract/fixtures/harapan-kenyataan.json';
import serviceFlow from '../../board/extract/fixtures/service-flow.json';
import { prefillTableRows } from '../tablePrefill';
import type { PrefillSources } from './sources';

/** The same board as a group copied it: one card repeated in other case, one card with new words. */
function groupCopy(records: typeof hk, changes: Record<string, string>) {
  return records.map((record) =>
    record.typeName === 'shape' && record.id in changes ? { ...record, id: `${record.id}-g`, props: { ...record.props, text: changes[record.id] } } : record,
  );
}

const sources = (boards: PrefillSources['boards']): PrefillSources => ({ agreed: new Map(), boards });

describe('3.1 Harapan/Kenyataan board → diagnostic worksheet', () => {
  it('gives one row per process node with the cards of its four cells, one per line', () => {
    const rows = prefillTableRows('3.1/diagnostic-worksheet', sources([{ docName: 'w1:3.1:plenary', kind: 'plenary', records: hk }]));
    expect(rows.map((row) => row.id)).toEqual([
      'harapan-kenyataan-target-groups',
      'harapan-kenyataan-service-package',
      'harapan-kenyataan-mobilising-support',
      'harapan-kenyataan-delivery',
      'harapan-kenyataan-service-centre',
    ]);
    expect(rows[0].cells).toEqual({ node: 'Penetapan kelompok sasaran', reality: 'Data pelanggan miskin belum lengkap' });
    // An empty node still has its row, so the Pokja sees every node it must consider.
    expect(rows[1].cells).toEqual({ node: 'Perancangan paket layanan' });
    expect(rows[3]).toEqual({
      id: 'harapan-kenyataan-delivery',
      source: 'harapan-kenyataan#delivery',
      cells: {
        node: 'Penyaluran pelayanan',
        expectation: 'Air mengalir 24 jam',
        reality: 'Air hanya mengalir pagi hari',
        rootCauses: 'Pipa distribusi tua',
        ideas: 'Ganti pipa bertahap',
      },
    });
    expect(rows[4].cells.ideas).toBe('Layanan pengaduan lewat SMS\nLoket keliling');
  });

  it('merges the plenary board with the group boards, a card repeated word for word appearing once', () => {
    const group = groupCopy(hk, { 'shape:harapan-delivery': '  air mengalir 24 JAM ', 'shape:kenyataan-delivery': 'Tekanan air rendah di ujung jaringan' });
    const rows = prefillTableRows(
      '3.1/diagnostic-worksheet',
      sources([
        { docName: 'w1:3.1:plenary', kind: 'plenary', records: hk },
        { docName: 'w1:3.1:group-1', kind: 'group', records: group },
      ]),
    );
    const delivery = rows.find((row) => row.id === 'harapan-kenyataan-delivery')!;
    expect(delivery.cells.expectation).toBe('Air mengalir 24 jam');
    expect(delivery.cells.reality).toBe('Air hanya mengalir pagi hari\nTekanan air rendah di ujung jaringan');
  });

  it('gives the same row ids when pre-filled twice, and the bare node rows without any board', () => {
    const boards: PrefillSources['boards'] = [{ docName: 'w1:3.1:plenary', kind: 'plenary', records: hk }];
    expect(prefillTableRows('3.1/diagnostic-worksheet', sources(boards)).map((r) => r.id)).toEqual(
      prefillTableRows('3.1/diagnostic-worksheet', sources(boards)).map((r) => r.id),
    );
    expect(prefillTableRows('3.1/diagnostic-worksheet', sources([])).map((r) => r.cells)).toEqual([
      { node: 'Penetapan kelompok sasaran' },
      { node: 'Perancangan paket layanan' },
      { node: 'Mobilisasi dukungan' },
      { node: 'Penyaluran pelayanan' },
      { node: 'Pusat pelayanan' },
    ]);
  });
});

describe('3.2 service-flow board → root causes per step', () => {
  it('gives one row per flow step, in flow order, with its notes, root causes and solutions', () => {
    const rows = prefillTableRows('3.2/root-causes', sources([{ docName: 'w1:3.2:plenary', kind: 'plenary', records: serviceFlow }]));
    expect(rows).toEqual([
      { id: 'service-flow-design', source: 'service-flow#design', cells: { step: 'Rancangan Pelayanan', description: 'Paket layanan disusun direksi' } },
      {
        id: 'service-flow-mobilisation',
        source: 'service-flow#mobilisation',
        cells: { step: 'Mobilisasi', rootCauses: 'Anggaran sosialisasi kecil\nTidak ada jadwal sosialisasi', solutions: 'Kerja sama dengan kelurahan' },
      },
      { id: 'service-flow-delivery', source: 'service-flow#delivery', cells: { step: 'Penyaluran' } },
      {
        id: 'service-flow-reaching-targets',
        source: 'service-flow#reaching-targets',
        cells: { step: 'Menjangkau Kelompok Sasaran', solutions: 'Mobil tangki ke daerah rawan air' },
      },
    ]);
  });
});
