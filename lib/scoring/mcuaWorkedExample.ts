/**
 * The MCUA example worked by hand in lib/scoring/mcua.test.ts, shared by the tests that build on
 * it (the worksheet's assessment, version differences). Utilities, Σ weights = 100:
 *   meter 3.90 · pipa 3.20 · tarif 3.35 · sop 4.20 (top).
 */
import type { McuaMatrix } from './mcua';

export const MCUA_WORKED_EXAMPLE: McuaMatrix = {
  criteria: [
    { id: 'dampak', label: 'Dampak', weight: 40 },
    { id: 'biaya', label: 'Biaya', weight: 35 },
    { id: 'waktu', label: 'Waktu', weight: 25 },
  ],
  actions: [
    { id: 'meter', label: 'Ganti meter', aspect: 'technical' },
    { id: 'pipa', label: 'Rehabilitasi pipa', aspect: 'technical' },
    { id: 'tarif', label: 'Penyesuaian tarif', aspect: 'financial' },
    { id: 'sop', label: 'SOP pengaduan', aspect: 'management' },
  ],
  scores: {
    meter: { dampak: 4, biaya: 3, waktu: 5 },
    pipa: { dampak: 5, biaya: 2, waktu: 2 },
    tarif: { dampak: 3, biaya: 4, waktu: 3 },
    sop: { dampak: 3, biaya: 5, waktu: 5 },
  },
};

/** The same example without one action (e.g. an earlier version of the sheet). */
export function withoutAction(matrix: McuaMatrix, actionId: string): McuaMatrix {
  const { [actionId]: _removed, ...scores } = matrix.scores;
  return { ...matrix, actions: matrix.actions.filter((a) => a.id !== actionId), scores };
}
