/**
 * A seeded workshop for the document tests (here and in `server/export`): one agreed MCUA, amended
 * once. Version 2 ties meter and tarif at the top, (60·4 + 40·2)/100 = (60·2 + 40·5)/100 = 3.20,
 * and a second round breaks the tie: meter (60·5 + 40·2)/100 = 3.80, tarif (60·2 + 40·5)/100 = 3.20.
 */
import { mcuaOutputData } from '../outputs/agreedData';
import type { McuaMatrix } from '../scoring/mcua';
import type { DraftStppInput } from './input';

function mcua(scoreOfMeter: number) {
  const matrix: McuaMatrix = {
    criteria: [
      { id: 'dampak', label: 'Dampak', weight: 60, scale: { min: 1, max: 5 } },
      { id: 'biaya', label: 'Biaya', weight: 40, scale: { min: 1, max: 5 } },
    ],
    actions: [
      { id: 'meter', label: 'Ganti meter pelanggan', aspect: 'technical' },
      { id: 'tarif', label: 'Penyesuaian tarif', aspect: 'financial' },
      { id: 'sop', label: 'SOP pengaduan satu pintu', aspect: 'management' },
    ],
    scores: { meter: { dampak: scoreOfMeter, biaya: 2 }, tarif: { dampak: 2, biaya: 5 }, sop: { dampak: 3, biaya: 3 } },
  };
  const tied = scoreOfMeter === 4;
  const secondRound = { number: 2, matrix: { criteria: matrix.criteria, actions: matrix.actions.slice(0, 2), scores: { meter: { dampak: 5, biaya: 2 }, tarif: { dampak: 2, biaya: 5 } } } };
  const out = mcuaOutputData(matrix, tied ? [secondRound] : []);
  if (!out.ok) throw new Error(out.reason);
  return out.data;
}

export function seededDraftInput(): DraftStppInput {
  return {
    details: { title: 'Lokakarya STPP Kota Uji', pdam: 'PDAM Tirta Uji', region: 'Kota Uji', venue: 'Aula PDAM', startsOn: '2026-11-30', endsOn: '2026-12-02', timeZone: 'WITA' },
    roster: [
      { name: 'Budi Santoso', organisation: 'PDAM Tirta Uji', position: 'Direktur Utama', role: 'pokja-chair' },
      { name: 'Siti Aminah', organisation: 'Bappeda Kota Uji', position: null, role: 'stakeholder' },
    ],
    topicStatuses: new Map([
      ['1.1', 'agreed'],
      ['4.7', 'agreed'],
    ]),
    agreed: [
      // Version 1 then its amendment: only version 2 may reach the document.
      { outputId: '4.7/priorities', version: 1, agreedAt: new Date('2026-12-01T03:00:00Z'), data: mcua(1) },
      { outputId: '4.7/priorities', version: 2, agreedAt: new Date('2026-12-02T03:00:00Z'), data: mcua(4) },
      { outputId: '4.7/assessment-matrix', version: 2, agreedAt: new Date('2026-12-02T03:00:00Z'), data: mcua(4) },
    ],
    meetings: [{ startsAt: new Date('2026-12-08T01:00:00Z'), place: 'Ruang rapat PDAM', agenda: 'Rapat Pokja pertama', invitees: 'Pokja', topicId: '4.7' }],
    followUps: [{ description: 'Menyusun rincian biaya ganti meter', owner: 'Budi Santoso', dueOn: '2026-12-15', status: 'open', topicId: '4.7' }],
    generatedAt: new Date('2026-12-03T02:00:00Z'),
  };
}
