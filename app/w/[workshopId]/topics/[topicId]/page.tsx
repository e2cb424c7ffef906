import Link from 'next/link';
import { notFound } from 'next/navigation';
import { pick, type BilingualText } from '@/lib/i18n/bilingual';
import type { Lang } from '@/lib/i18n/translate';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { METHOD_LABELS } from '@/lib/method/methodKinds';
import { outputById, producersOf } from '@/lib/method/outputs';
import { plannedSessions, totalMinutes } from '@/lib/workshop/agenda';
import { formatDate, formatDateTime, wallClock } from '@/lib/workshop/timeZones';
import { STATUS_COLORS } from '@/components/method/statusColors';
import { AddSessionButton, SessionEditor, SessionRunControl, TopicStatusSelect } from '@/components/method/TopicControls';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { TopicWorksheets } from '@/components/worksheets/TopicWorksheets';
import { topicOverview } from '@/server/web/methodViews';
import { requireWorkshopMember } from '@/server/web/pageGuards';
import { docHref } from '@/lib/workshop/docHref';

export const dynamic = 'force-dynamic';

function TextList({ items, lang }: { items: readonly BilingualText[]; lang: Lang }) {
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>{pick(item, lang)}</li>
      ))}
    </ul>
  );
}

/** One topic as the facilitator runs it: what it is for, what it must produce, and the script. */
export default async function TopicPage({ params }: { params: Promise<{ workshopId: string; topicId: string }> }) {
  const { workshopId, topicId } = await params;
  const { lang, actor } = await requireWorkshopMember(workshopId, `/w/${workshopId}/topics/${topicId}`);
  const view = await topicOverview(actor, workshopId, topicId);
  if (!view) notFound();
  const { topic, details, status, overrides, followUps, docs, canEdit, runningSession } = view;
  const t = dictionaryFor(lang);
  const sessions = plannedSessions(topic, overrides);
  return (
    <main className="plano-page" data-testid="topic-page" data-topic={topic.id}>
      <header className="plano-header">
        <div>
          <Link href={`/w/${workshopId}/kerangka`}>← {t.kerangka.open}</Link>
          <h1>
            {topic.id} {pick(topic.title, lang)}
          </h1>
          {canEdit ? (
            <TopicStatusSelect workshopId={workshopId} topicId={topic.id} status={status} labels={{ status: t.topic.status, statuses: t.kerangka.statuses, failed: t.topic.failed }} />
          ) : (
            <span className="plano-badge" style={STATUS_COLORS[status]}>
              {t.kerangka.statuses[status]}
            </span>
          )}
        </div>
        <LanguageSwitch lang={lang} returnTo={`/w/${workshopId}/topics/${topic.id}`} />
      </header>

      <section className="plano-card" style={{ marginBottom: 16 }}>
        <h2 style={{ marginTop: 0 }}>{t.topic.objective}</h2>
        <p data-testid="topic-objective">{pick(topic.objective, lang)}</p>
        <h2>{t.topic.outputs}</h2>
        <ul data-testid="topic-outputs">
          {topic.outputs.map((output) => (
            <li key={output.id}>
              <strong>{pick(output.title, lang)}</strong>: {pick(output.description, lang)}
            </li>
          ))}
        </ul>
        <h2>{t.topic.inputs}</h2>
        {topic.inputs.length === 0 ? (
          <p className="plano-muted">{t.topic.noInputs}</p>
        ) : (
          <ul>
            {topic.inputs.map((id) => (
              <li key={id}>
                {producersOf(id).map((producer) => (
                  <Link key={producer.id} href={`/w/${workshopId}/topics/${producer.id}`}>
                    {producer.id}
                  </Link>
                ))}{' '}
                {pick(outputById(id)!.title, lang)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <TopicWorksheets workshopId={workshopId} topic={topic} actor={actor} lang={lang} zone={details.timeZone} />

      {docs.length > 0 && (
        <section style={{ marginBottom: 16 }}>
          <h2>{t.topic.boards}</h2>
          <ul className="plano-list">
            {docs.map((doc) => (
              <li key={doc.name}>
                <Link className="plano-card" href={docHref(doc)} data-testid="topic-board">
                  {pick(doc.title, lang)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section style={{ marginBottom: 16 }}>
        <h2>{t.topic.agenda}</h2>
        <p className="plano-muted" data-testid="agenda-total">
          {format(t.topic.total, { minutes: totalMinutes(sessions) })}
        </p>
        {topic.agendaNote && (
          <p className="plano-card" style={{ background: '#fffbeb' }}>
            <strong>{t.topic.agendaNote}:</strong> {pick(topic.agendaNote, lang)}
          </p>
        )}
        <ol className="plano-list">
          {sessions.map((session) => {
            const when = session.startsAt ? wallClock(session.startsAt, details.timeZone) : null;
            return (
              <li key={session.number} className="plano-card" data-testid="agenda-session" data-session={session.number}>
                <h3 style={{ marginTop: 0 }}>
                  {format(t.topic.session, { n: session.number })}: {pick(session.title, lang)} · {session.durationMinutes} {t.topic.minutes.toLowerCase()}
                  {session.startsAt && <span className="plano-muted"> · {formatDateTime(session.startsAt, details.timeZone, lang)}</span>}
                </h3>
                {canEdit && <SessionRunControl workshopId={workshopId} topicId={topic.id} number={session.number} running={runningSession === session.number} labels={t.topic} />}
                {canEdit && (
                  <a
                    className="plano-button secondary"
                    href={`/api/workshops/${workshopId}/topics/${topic.id}/notulen?session=${session.number}&lang=${lang}`}
                    download
                    data-testid="notulen-download"
                    style={{ display: 'inline-flex', alignItems: 'center', minHeight: 44, margin: '8px 0' }}
                  >
                    {t.notulen.download}
                  </a>
                )}
                {canEdit && (
                  <SessionEditor
                    workshopId={workshopId}
                    topicId={topic.id}
                    number={session.number}
                    durationMinutes={session.durationMinutes}
                    date={when?.date ?? ''}
                    time={when?.time ?? ''}
                    labels={t.topic}
                  />
                )}
                <h4>{t.topic.steps}</h4>
                {session.steps.length === 0 ? <p className="plano-muted">{t.topic.noSteps}</p> : (
                  <ol>
                    {session.steps.map((step, index) => (
                      <li key={index}>{pick(step, lang)}</li>
                    ))}
                  </ol>
                )}
              </li>
            );
          })}
        </ol>
        {canEdit && <AddSessionButton workshopId={workshopId} topicId={topic.id} label={t.topic.addSession} />}
      </section>

      <section className="plano-card" style={{ display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', marginBottom: 16 }}>
        <div>
          <h2>{t.topic.participants}</h2>
          <TextList items={topic.participants} lang={lang} />
        </div>
        <div>
          <h2>{t.topic.methods}</h2>
          <TextList items={topic.methods.map((method) => METHOD_LABELS[method])} lang={lang} />
        </div>
        <div>
          <h2>{t.topic.materials}</h2>
          <TextList items={topic.materials} lang={lang} />
        </div>
        <div>
          <h2>{t.topic.tools}</h2>
          <TextList items={topic.tools} lang={lang} />
        </div>
        <div>
          <h2>{t.topic.qualifications}</h2>
          <TextList items={topic.facilitatorQualifications} lang={lang} />
        </div>
        <div>
          <h2>{t.topic.followUps}</h2>
          <TextList items={topic.followUps} lang={lang} />
        </div>
      </section>

      <section>
        <h2>{t.topic.recordedFollowUps}</h2>
        <ul className="plano-list">
          {followUps.map((item) => (
            <li key={item.id} className="plano-card">
              <strong>{item.description}</strong> · {item.owner}
              {item.dueOn && ` · ${formatDate(item.dueOn, lang)}`} · {t.calendar.statuses[item.status]}
            </li>
          ))}
        </ul>
        <Link href={`/w/${workshopId}/calendar`}>{t.calendar.open}</Link>
      </section>
    </main>
  );
}
