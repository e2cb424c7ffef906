/**
 * Tabel Analisis Kesenjangan Kuantitatif (topic 2.3): per service indicator its target, what was
 * achieved, and the gap, read in the indicator's direction (lib/scoring/gap.ts); the plenary marks
 * the strategic indicators that 4.1 builds its strategies on.
 */
import { gapOf, readGap } from '../../scoring/gap';
import type { TableForm } from '../tableForm';

export const gapTableForm: TableForm = {
  id: 'gap-table',
  title: { id: 'Tabel Analisis Kesenjangan Kuantitatif', en: 'Quantitative gap analysis table' },
  purpose: {
    id: 'Untuk setiap indikator pelayanan: target, capaian, dan kesenjangannya. Tandai indikator strategis.',
    en: 'For each service indicator: the target, what was achieved, and the gap. Mark the strategic indicators.',
  },
  labelColumn: 'indicator',
  columns: [
    { id: 'indicator', label: { id: 'Indikator', en: 'Indicator' }, type: 'text' },
    { id: 'unit', label: { id: 'Satuan', en: 'Unit' }, type: 'text', hint: { id: 'mis. %, jam/hari, l/detik', en: 'e.g. %, hours/day, l/s' } },
    { id: 'target', label: { id: 'Target', en: 'Target' }, type: 'number', hint: { id: 'SPM atau rencana korporasi', en: 'service standard or corporate plan' } },
    { id: 'actual', label: { id: 'Capaian', en: 'Actual' }, type: 'number' },
    { id: 'higherIsBetter', label: { id: 'Makin tinggi makin baik', en: 'Higher is better' }, type: 'check' },
    { id: 'trend', label: { id: 'Kecenderungan', en: 'Trend' }, type: 'text' },
    { id: 'strategic', label: { id: 'Indikator strategis', en: 'Strategic indicator' }, type: 'check' },
  ],
  computed: [
    {
      id: 'gap',
      label: { id: 'Kesenjangan', en: 'Gap' },
      // Unticked direction means lower is better (losses, complaints); an unset box reads as higher.
      compute: ({ target, actual, higherIsBetter }) =>
        typeof target === 'number' && typeof actual === 'number' ? gapOf({ target, actual, higherIsBetter: higherIsBetter !== false }).shortfall : null,
      formula: 'IF(AND(ISLOGICAL({higherIsBetter}),{higherIsBetter}=FALSE),{actual}-{target},{target}-{actual})',
      explain: ({ higherIsBetter }, shortfall) => readGap(shortfall, higherIsBetter !== false),
    },
  ],
};
