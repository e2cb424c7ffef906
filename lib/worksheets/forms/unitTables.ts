/**
 * Topic 4.5's two tables, down to service-support level: the role, tasks and responsibilities of
 * each unit, and the analysis of each task (who does it) that shows overlaps and orphan tasks.
 */
import type { TableForm } from '../tableForm';

export const unitRoleForm: TableForm = {
  id: 'unit-role-table',
  title: { id: 'Tabulasi peran, tugas, dan tanggung jawab unit', en: 'Unit role, task and responsibility table' },
  purpose: {
    id: 'Untuk setiap unit penyelenggara sampai tingkat pendukung pelayanan: peran, tugas, tanggung jawab, dan usulan penyempurnaannya.',
    en: 'For each delivering unit, down to service support: its role, tasks, responsibilities, and the improvement proposed.',
  },
  labelColumn: 'unit',
  columns: [
    { id: 'unit', label: { id: 'Unit/instansi', en: 'Unit or office' }, type: 'text' },
    {
      id: 'level',
      label: { id: 'Tingkat', en: 'Level' },
      type: 'choice',
      choices: [
        { id: 'management', label: { id: 'Manajemen', en: 'Management' } },
        { id: 'delivery', label: { id: 'Penyelenggara pelayanan', en: 'Service delivery' } },
        { id: 'support', label: { id: 'Pendukung pelayanan', en: 'Service support' } },
      ],
    },
    { id: 'role', label: { id: 'Peran', en: 'Role' }, type: 'longText' },
    { id: 'tasks', label: { id: 'Tugas', en: 'Tasks' }, type: 'longText' },
    { id: 'responsibilities', label: { id: 'Tanggung jawab', en: 'Responsibilities' }, type: 'longText' },
    { id: 'improvement', label: { id: 'Usulan penyempurnaan', en: 'Improvement proposed' }, type: 'longText' },
  ],
};

export const taskAnalysisForm: TableForm = {
  id: 'task-analysis-table',
  title: { id: 'Tabulasi analisis tugas unit', en: 'Unit task analysis table' },
  purpose: {
    id: 'Uraikan setiap tugas dan siapa yang mengerjakannya, untuk menemukan tugas yang tumpang tindih atau tanpa pemilik.',
    en: 'Break down each task and who carries it out, to find tasks that overlap or have no owner.',
  },
  labelColumn: 'task',
  columns: [
    { id: 'task', label: { id: 'Tugas', en: 'Task' }, type: 'text' },
    { id: 'unit', label: { id: 'Unit penanggung jawab', en: 'Responsible unit' }, type: 'text' },
    { id: 'performer', label: { id: 'Pelaksana (jabatan)', en: 'Carried out by (post)' }, type: 'text' },
    { id: 'otherUnits', label: { id: 'Unit lain yang juga mengerjakan', en: 'Other units doing it too' }, type: 'text' },
    {
      id: 'status',
      label: { id: 'Temuan', en: 'Finding' },
      type: 'choice',
      choices: [
        { id: 'clear', label: { id: 'Jelas', en: 'Clear' } },
        { id: 'overlap', label: { id: 'Tumpang tindih', en: 'Overlapping' } },
        { id: 'no-owner', label: { id: 'Tanpa pemilik', en: 'No owner' } },
      ],
    },
    { id: 'proposal', label: { id: 'Usulan', en: 'Proposal' }, type: 'longText' },
  ],
};
