import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canInWorkshop } from '@/lib/auth/capabilities';
import { pick } from '@/lib/i18n/bilingual';
import { dictionaryFor } from '@/lib/i18n/translate';
import { TOPICS } from '@/lib/method/topics';
import { formatDate, formatDateTime, wallClock } from '@/lib/workshop/timeZones';
import { CalendarEditor } from '@/components/calendar/CalendarEditor';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { requireWorkshopMember } from '@/server/web/pageGuards';
import { calendarOverview } from '@/server/web/workshopAdmin';

export const dynamic = 'force-dynamic';

export default async function CalendarPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const { lang, actor } = await requireWorkshopMember(workshopId, `/w/${workshopId}/calendar`);
  const { details, meetings, followUps } = await calendarOverview(actor, workshopId);
  if (!details) notFound();
  const t = dictionaryFor(lang);
  const topicLabel = (id: string | null) => (id ? `${id} ${pick(TOPICS.find((topic) => topic.id === id)!.title, lang)}` : null);
  return (
    <main className="plano-page">
      <header className="plano-header">
        <div>
          <Link href={`/w/${workshopId}`}>← {t.board.back}</Link>
          <h1>{t.calendar.title}</h1>
          <p className="plano-muted">
            {details.title} · {details.timeZone}
          </p>
        </div>
        <LanguageSwitch lang={lang} returnTo={`/w/${workshopId}/calendar`} />
      </header>
      <CalendarEditor
        workshopId={workshopId}
        canEdit={canInWorkshop(actor, 'manage', workshopId)}
        meetings={meetings.map((m) => ({ id: m.id, when: formatDateTime(m.startsAt, details.timeZone, lang), place: m.place, agenda: m.agenda, invitees: m.invitees, topic: topicLabel(m.topicId) }))}
        followUps={followUps.map((f) => ({ id: f.id, topic: topicLabel(f.topicId), description: f.description, owner: f.owner, due: f.dueOn ? formatDate(f.dueOn, lang) : null, status: f.status }))}
        topics={TOPICS.map((topic) => ({ id: topic.id, label: topicLabel(topic.id)! }))}
        today={wallClock(new Date(), details.timeZone).date}
        labels={t.calendar}
      />
    </main>
  );
}
