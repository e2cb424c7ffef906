/**
 * Stage 7's tables: the M&E format generated from the Smart Logframe's indicators (7.1) and the
 * outline of the good/best-practice document built from the onion diagram's activities (7.2).
 */
import type { TableForm } from '../tableForm';
import { LOGFRAME_LEVEL_CHOICES } from './choices';

export const monevFormatForm: TableForm = {
  id: 'monev-format',
  title: { id: 'Format Monev pelaksanaan STPP', en: 'M&E format for STPP implementation' },
  purpose: {
    id: 'Untuk setiap indikator Smart Logframe: target, hasil, sumber data, waktu pengukuran, dan keterangan.',
    en: 'For each Smart Logframe indicator: the target, the result, the data source, when it is measured, and remarks.',
  },
  labelColumn: 'indicator',
  columns: [
    { id: 'indicator', label: { id: 'Indikator', en: 'Indicator' }, type: 'text' },
    { id: 'level', label: { id: 'Tingkat logframe', en: 'Logframe level' }, type: 'choice', choices: LOGFRAME_LEVEL_CHOICES },
    { id: 'baseline', label: { id: 'Kondisi awal', en: 'Baseline' }, type: 'text' },
    { id: 'target', label: { id: 'Target', en: 'Target' }, type: 'text' },
    { id: 'result', label: { id: 'Hasil', en: 'Result' }, type: 'text' },
    { id: 'dataSource', label: { id: 'Sumber data/cara verifikasi', en: 'Data source / means of verification' }, type: 'text' },
    { id: 'measuredWhen', label: { id: 'Waktu pengukuran', en: 'When measured' }, type: 'text' },
    { id: 'remarks', label: { id: 'Keterangan', en: 'Remarks' }, type: 'longText' },
  ],
};

export const bestPracticeOutlineForm: TableForm = {
  id: 'best-practice-outline',
  title: { id: 'Kerangka dokumen best practice', en: 'Best-practice document outline' },
  purpose: {
    id: 'Bab dan isi pokok dokumen praktik baik, dari kegiatan yang dipilih pada Bagan Bawang, dengan penulis dan jadwalnya.',
    en: 'The chapters and key content of the good-practice document, from the activities chosen on the onion diagram, with writers and dates.',
  },
  labelColumn: 'chapter',
  columns: [
    { id: 'chapter', label: { id: 'Bab', en: 'Chapter' }, type: 'text' },
    { id: 'keyContent', label: { id: 'Isi pokok', en: 'Key content' }, type: 'longText' },
    { id: 'sourceActivity', label: { id: 'Kegiatan STPP yang diangkat', en: 'STPP activity it draws on' }, type: 'text' },
    { id: 'writer', label: { id: 'Penulis', en: 'Writer' }, type: 'text' },
    { id: 'due', label: { id: 'Selesai ditulis', en: 'Due' }, type: 'text' },
  ],
};
