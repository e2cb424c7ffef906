import { dictionaryFor, type Lang } from '@/lib/i18n/translate';
import type { ExportFormat } from '@/server/export/exportWorkshop';

/** Download links for the workshop's exports: plain links, so the browser handles the file and its name. */
export function ExportButtons({ workshopId, lang, labels }: { workshopId: string; lang: Lang; labels: { downloadDocx: string; downloadJson: string } }) {
  const files = dictionaryFor(lang).exportFiles;
  const links: [ExportFormat, string][] = [
    ['docx', labels.downloadDocx],
    ['pdf', files.downloadPdf],
    ['xlsx', files.downloadXlsx],
    ['json', labels.downloadJson],
  ];
  return (
    <>
      {links.map(([format, label]) => (
        <a
          key={format}
          className="plano-button secondary"
          href={`/api/workshops/${encodeURIComponent(workshopId)}/export?format=${format}&lang=${lang}`}
          download
          data-testid={`export-${format}`}
        >
          {label}
        </a>
      ))}
    </>
  );
}
