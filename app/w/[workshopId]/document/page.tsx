import Link from 'next/link';
import { notFound } from 'next/navigation';
import { dictionaryFor } from '@/lib/i18n/translate';
import { DocumentView } from '@/components/document/DocumentView';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { ExportButtons } from '@/components/workshop/ExportButtons';
import { collectWorkshop } from '@/server/export/collectWorkshop';
import { buildWorkshopDraft } from '@/server/export/exportWorkshop';
import { requireWorkshopMember } from '@/server/web/pageGuards';
import { getRuntime } from '@/server/runtime';

export const dynamic = 'force-dynamic';

/**
 * The draft STPP on screen, in the page language: the same document model, built the same way,
 * as the DOCX and PDF downloads, so the Pokja can read it on a tablet before anyone downloads.
 * Any member may read it, as any member may download it.
 */
export default async function DocumentPreviewPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const path = `/w/${workshopId}/document`;
  // Membership is checked before anything of the workshop is read.
  const { lang } = await requireWorkshopMember(workshopId, path);
  const { sql } = getRuntime();
  const records = await collectWorkshop(sql, workshopId);
  if (!records) notFound();
  const model = await buildWorkshopDraft(sql, records, lang, new Date());
  const t = dictionaryFor(lang);
  return (
    <main className="plano-page">
      <header className="plano-header">
        <div>
          <Link href={`/w/${workshopId}`}>← {t.board.back}</Link>
          <h1>{t.documentPreview.title}</h1>
          <p className="plano-muted">{t.documentPreview.intro}</p>
        </div>
        <nav style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <ExportButtons workshopId={workshopId} lang={lang} labels={t.export} />
          <LanguageSwitch lang={lang} returnTo={path} />
        </nav>
      </header>
      <DocumentView model={model} labels={{ contents: t.documentPreview.contents }} />
    </main>
  );
}
