/**
 * Texts the plenary writes together, section by section: a draft document (1.1's draft decree on
 * the Pokja, 5.3's implementing guidelines and cooperation draft) and a narrative (2.2's legal
 * corridors). One row is one section, so groups can take a section each and the plenary can
 * agree the text as a whole.
 */
import type { TableForm } from '../tableForm';

const sectionHint = { id: 'mis. Menimbang, Pasal 1, Bab II', en: 'e.g. Considering, Article 1, Chapter II' };

export const documentDraftForm: TableForm = {
  id: 'document-draft',
  title: { id: 'Draft Dokumen', en: 'Draft document' },
  purpose: {
    id: 'Tulis draft bagian demi bagian, lalu catat setiap perubahan yang diterima pleno.',
    en: 'Write the draft one section at a time, then note each change the plenary accepts.',
  },
  labelColumn: 'section',
  columns: [
    { id: 'section', label: { id: 'Bagian/pasal', en: 'Section or article' }, type: 'text', hint: sectionHint },
    { id: 'content', label: { id: 'Isi', en: 'Text' }, type: 'longText' },
    { id: 'changes', label: { id: 'Perubahan yang disepakati', en: 'Changes agreed' }, type: 'longText' },
  ],
};

export const narrativeForm: TableForm = {
  id: 'narrative',
  title: { id: 'Narasi', en: 'Narrative' },
  purpose: {
    id: 'Susun uraian per judul bagian dan sebutkan peraturan atau data yang menjadi rujukannya.',
    en: 'Set the account out under headings and name the regulations or data each part relies on.',
  },
  labelColumn: 'heading',
  columns: [
    { id: 'heading', label: { id: 'Judul bagian', en: 'Heading' }, type: 'text' },
    { id: 'content', label: { id: 'Uraian', en: 'Text' }, type: 'longText' },
    { id: 'references', label: { id: 'Rujukan', en: 'References' }, type: 'longText', hint: { id: 'peraturan, data, dokumen', en: 'regulations, data, documents' } },
  ],
};
