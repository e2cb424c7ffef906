/** Test helper: opens a DOCX (a zip) and reads its main part back as text. */
import JSZip from 'jszip';

/** The visible text of word/document.xml, one paragraph per line. */
export async function docxText(buffer: Buffer): Promise<{ xml: string; text: string }> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('no word/document.xml in the DOCX');
  const xml = await file.async('string');
  const text = xml
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n')
    .replace(/&amp;/g, '&');
  return { xml, text };
}
