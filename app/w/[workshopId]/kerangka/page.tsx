import Link from 'next/link';
import { notFound } from 'next/navigation';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { outputById } from '@/lib/method/outputs';
import { STAGES, topicsOfStage } from '@/lib/method/topics';
import { STATUS_COLORS } from '@/components/method/statusColors';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { kerangkaOverview } from '@/server/web/methodViews';
import { requireWorkshopMember } from '@/server/web/pageGuards';

export const dynamic = 'force-dynamic';

/**
 * The Kerangka Penyusunan STPP: the 7 stages and their topics as one map, each with its status,
 * its outputs and what it draws on. Projected when every session opens with "review the results".
 */
export default async function KerangkaPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const { lang, actor } = await requireWorkshopMember(workshopId, `/w/${workshopId}/kerangka`);
  const { details, statuses } = await kerangkaOverview(actor, workshopId);
  if (!details) notFound();
  const t = dictionaryFor(lang);
  return (
    <main style={{ padding: '16px 16px 48px' }}>
      <header className="plano-header">
        <div>
          <Link href={`/w/${workshopId}`}>← {t.board.back}</Link>
          <h1>{t.kerangka.title}</h1>
          <p className="plano-muted">
            {details.title} · {details.pdam}
          </p>
        </div>
        <LanguageSwitch lang={lang} returnTo={`/w/${workshopId}/kerangka`} />
      </header>
      <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))' }} data-testid="kerangka">
        {STAGES.map((stage) => (
          <section key={stage.number} data-testid="kerangka-stage">
            <h2 style={{ fontSize: '1.1rem', marginBottom: 8 }}>
              {format(t.kerangka.stage, { n: stage.number })}: {pick(stage.title, lang)}
            </h2>
            <ol className="plano-list">
              {topicsOfStage(stage.number).map((topic) => {
                const status = statuses.get(topic.id) ?? 'not-started';
                return (
                  <li key={topic.id}>
                    <Link href={`/w/${workshopId}/topics/${topic.id}`} className="plano-card" style={{ display: 'block', textDecoration: 'none', color: 'inherit' }} data-testid="kerangka-topic" data-topic={topic.id} data-status={status}>
                      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' }}>
                        <strong>
                          {topic.id} {pick(topic.title, lang)}
                        </strong>
                        <span className="plano-badge" style={STATUS_COLORS[status]}>
                          {t.kerangka.statuses[status]}
                        </span>
                      </div>
                      <div style={{ fontSize: '0.9rem', marginTop: 6 }}>
                        <span className="plano-muted">{t.kerangka.outputs}: </span>
                        {topic.outputs.map((output) => pick(output.title, lang)).join(' · ')}
                      </div>
                      {topic.inputs.length > 0 && (
                        <div style={{ fontSize: '0.85rem', marginTop: 4 }} className="plano-muted">
                          {t.kerangka.drawsOn}: {topic.inputs.map((id) => `${id.split('/')[0]} ${pick(outputById(id)!.title, lang)}`).join(' · ')}
                        </div>
                      )}
                    </Link>
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </div>
    </main>
  );
}
