/**
 * Topic 3.1's two tables: the good-governance checklist (each service-process node against the five
 * criteria) and the diagnostic worksheet (per node: expectation, reality, root causes and ideas).
 * Node ids and labels are the Harapan/Kenyataan board's columns (GOVERNANCE_NODES), so a board
 * and its sheets speak of the same nodes.
 */
import { GOVERNANCE_CRITERIA, GOVERNANCE_NODES } from '../../method/vocabularies';
import type { ColumnSpec, TableForm } from '../tableForm';
import { notesColumn } from './choices';

const criterionColumns: ColumnSpec[] = GOVERNANCE_CRITERIA.map(({ key, label }) => ({ id: key, label, type: 'check' }));

export const governanceChecklistForm: TableForm = {
  id: 'governance-checklist',
  title: { id: 'Daftar periksa kesenjangan proses menurut aspek good governance', en: 'Process gap checklist by good-governance criteria' },
  purpose: {
    id: 'Untuk setiap simpul proses pelayanan: centang kriteria yang sudah dipenuhi, catat yang belum.',
    en: 'For each node of the service process: tick the criteria it already meets, note what it lacks.',
  },
  labelColumn: 'node',
  columns: [{ id: 'node', label: { id: 'Simpul proses', en: 'Process node' }, type: 'text' }, ...criterionColumns, notesColumn],
  computed: [
    {
      id: 'criteriaMet',
      label: { id: 'Kriteria terpenuhi (dari 5)', en: 'Criteria met (of 5)' },
      compute: (row) => criterionColumns.filter((column) => row[column.id] === true).length,
      formula: criterionColumns.map((column) => `({${column.id}}=TRUE)`).join('+'),
    },
  ],
  fixedRows: GOVERNANCE_NODES.map(({ key, label }) => ({ id: key, label })),
};

export const diagnosticWorksheetForm: TableForm = {
  id: 'diagnostic-worksheet',
  title: { id: 'Lembar kerja Analisis Diagnostik', en: 'Diagnostic analysis worksheet' },
  purpose: {
    id: 'Per simpul pelayanan: harapan, kenyataan, akar masalahnya menurut good governance, dan ide untuk mempersempit kesenjangan.',
    en: 'Per service node: the expectation, the reality, its root causes in good-governance terms, and ideas to narrow the gap.',
  },
  labelColumn: 'node',
  columns: [
    { id: 'node', label: { id: 'Simpul proses', en: 'Process node' }, type: 'text' },
    { id: 'expectation', label: { id: 'Harapan', en: 'Expectation' }, type: 'longText' },
    { id: 'reality', label: { id: 'Kenyataan', en: 'Reality' }, type: 'longText' },
    { id: 'rootCauses', label: { id: 'Akar masalah', en: 'Root causes' }, type: 'longText' },
    {
      id: 'criterion',
      label: { id: 'Kriteria yang paling terlanggar', en: 'Criterion most at stake' },
      type: 'choice',
      choices: GOVERNANCE_CRITERIA.map(({ key, label }) => ({ id: key, label })),
    },
    { id: 'ideas', label: { id: 'Ide perbaikan', en: 'Improvement ideas' }, type: 'longText', hint: { id: 'peluang dan prasyaratnya', en: 'opportunities and preconditions' } },
  ],
};
