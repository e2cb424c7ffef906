/** Test helper: reads a PDF back as text, page by page, the way a reader's copy-and-paste sees it. */
import { extractText, getDocumentProxy } from 'unpdf';

export interface PdfPage {
  text: string;
  landscape: boolean;
}

export async function pdfPages(buffer: Buffer): Promise<PdfPage[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  const pages: PdfPage[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const viewport = (await pdf.getPage(number)).getViewport({ scale: 1 });
    pages.push({ text: text[number - 1], landscape: viewport.width > viewport.height });
  }
  return pages;
}

/** Text without any whitespace: a cell wrapped over two lines still matches its one-line original. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
