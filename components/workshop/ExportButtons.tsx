import type { Lang } from '@/lib/i18n/translate';

/** Download links for the workshop's exports: plain links, so the browser handles the file and its name. */
export function ExportButtons({ workshopId, lang, labels }: { workshopId: string; lang: Lang; labels: { downloadDocx: string; downloadJson: string } }) {
  const href = (format: 'docx' | 'json') => `/api/workshops/${encodeURIComponent(workshopId)}/export?format=${format}&lang=${lang}`;
  return (
    <>
      <a className="plano-button secondary" href={href('docx')} download data-testid="export-docx">
        {labels.downloadDocx}
      </a>
      <a className="plano-button secondary" href={href('json')} download data-testid="export-json">
        {labels.downloadJson}
      </a>
    </>
  );
}
