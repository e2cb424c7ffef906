import Link from 'next/link';
import { notFound } from 'next/navigation';
import { dictionaryFor } from '@/lib/i18n/translate';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { DetailsForm } from '@/components/workshop/DetailsForm';
import { requireWorkshopMember } from '@/server/web/pageGuards';
import { ForbiddenError, readDetails } from '@/server/web/workshopAdmin';

export const dynamic = 'force-dynamic';

export default async function DetailsPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const { lang, actor } = await requireWorkshopMember(workshopId, `/w/${workshopId}/details`);
  const details = await readDetails(actor, workshopId).catch((error: unknown) => {
    if (error instanceof ForbiddenError) return null;
    throw error;
  });
  if (!details) notFound();
  const t = dictionaryFor(lang);
  return (
    <main className="plano-page" style={{ maxWidth: 720 }}>
      <header className="plano-header">
        <div>
          <Link href={`/w/${workshopId}`}>← {t.board.back}</Link>
          <h1>{t.details.title}</h1>
        </div>
        <LanguageSwitch lang={lang} returnTo={`/w/${workshopId}/details`} />
      </header>
      <DetailsForm workshopId={workshopId} details={details} labels={t.details} />
    </main>
  );
}
