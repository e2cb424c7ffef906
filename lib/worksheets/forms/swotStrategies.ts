/**
 * Topic 4.1: strategies for technical capacity from a SWOT (or SOAR) analysis of the strategic
 * indicators of 2.3, each with its type, the indicator it moves, and its place in the priority
 * order of technical programmes.
 */
import type { TableForm } from '../tableForm';

export const swotStrategiesForm: TableForm = {
  id: 'swot-strategies',
  title: { id: 'Strategi peningkatan kapasitas teknis (SWOT/SOAR)', en: 'Technical capacity strategies (SWOT/SOAR)' },
  purpose: {
    id: 'Rumuskan strategi dari pasangan kekuatan/kelemahan dan peluang/ancaman (atau dari SOAR), lalu urutkan prioritas programnya.',
    en: 'Draw strategies from pairs of strengths/weaknesses and opportunities/threats (or from SOAR), then put the programmes in priority order.',
  },
  labelColumn: 'strategy',
  columns: [
    { id: 'strategy', label: { id: 'Strategi', en: 'Strategy' }, type: 'text' },
    {
      id: 'type',
      label: { id: 'Jenis strategi', en: 'Strategy type' },
      type: 'choice',
      choices: [
        { id: 'so', label: { id: 'S-O: kekuatan untuk meraih peluang', en: 'S-O: strengths to seize opportunities' } },
        { id: 'st', label: { id: 'S-T: kekuatan untuk menghadapi ancaman', en: 'S-T: strengths to meet threats' } },
        { id: 'wo', label: { id: 'W-O: peluang untuk mengatasi kelemahan', en: 'W-O: opportunities to overcome weaknesses' } },
        { id: 'wt', label: { id: 'W-T: menekan kelemahan dan menghindari ancaman', en: 'W-T: reduce weaknesses, avoid threats' } },
        { id: 'soar-strength', label: { id: 'SOAR: bertumpu pada kekuatan', en: 'SOAR: built on a strength' } },
        { id: 'soar-opportunity', label: { id: 'SOAR: memanfaatkan peluang', en: 'SOAR: seizing an opportunity' } },
        { id: 'soar-aspiration', label: { id: 'SOAR: menuju aspirasi', en: 'SOAR: towards an aspiration' } },
      ],
    },
    { id: 'indicator', label: { id: 'Indikator strategis yang dituju', en: 'Strategic indicator addressed' }, type: 'text', hint: { id: 'dari Topik 2.3', en: 'from topic 2.3' } },
    { id: 'actions', label: { id: 'Program/tindakan teknis', en: 'Technical programmes or actions' }, type: 'longText' },
    { id: 'expectedResult', label: { id: 'Hasil terukur yang diharapkan', en: 'Measurable result expected' }, type: 'text' },
    { id: 'priority', label: { id: 'Urutan prioritas', en: 'Priority order' }, type: 'number', min: 1, hint: { id: '1 = paling utama', en: '1 = first' } },
  ],
};
