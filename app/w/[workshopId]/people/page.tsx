import Link from 'next/link';
import { notFound } from 'next/navigation';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { InviteLinks } from '@/components/people/InviteLinks';
import { GroupColumns } from '@/components/people/GroupColumns';
import { PeopleManager } from '@/components/people/PeopleManager';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { qrSvg } from '@/server/web/qrCode';
import { requireWorkshopMember } from '@/server/web/pageGuards';
import { slowedNetworksFor } from '@/server/web/joinWorkshop';
import { requestOrigin } from '@/server/web/session';
import { currentSessionOf, ForbiddenError, peopleOverview, readDetails, rosterOf } from '@/server/web/workshopAdmin';
import { facilitatorsOf, liveLinksOf } from '@/server/web/accessControl';
import { ActiveLinks, type ActiveLinkView } from '@/components/people/ActiveLinks';
import { FacilitatorList, type FacilitatorView } from '@/components/people/FacilitatorList';
import { formatDateTime } from '@/lib/workshop/timeZones';
import type { Role } from '@/lib/auth/capabilities';
import { findTopic } from '@/lib/method/topics';
import { RosterEditor } from '@/components/people/RosterEditor';
import { pick } from '@/lib/i18n/bilingual';
import { ROSTER_ROLE_LABELS, ROSTER_ROLES, type RosterRole } from '@/lib/workshop/rosterRoles';

export const dynamic = 'force-dynamic';

export default async function PeoplePage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const [{ lang, actor }, origin] = await Promise.all([requireWorkshopMember(workshopId, `/w/${workshopId}/people`), requestOrigin()]);
  let overview;
  try {
    overview = await peopleOverview(actor, workshopId);
  } catch (error) {
    if (error instanceof ForbiddenError) notFound();
    throw error;
  }
  if (!overview.workshop) notFound();
  const t = dictionaryFor(lang);
  const joinUrl = `${origin}/join?code=${overview.workshop.joinCode}`;
  const [qr, roster, session, slowed, links, facilitators, details] = await Promise.all([
    qrSvg(joinUrl),
    rosterOf(actor, workshopId),
    currentSessionOf(actor, workshopId),
    slowedNetworksFor(overview.workshop.joinCode),
    liveLinksOf(actor, workshopId),
    facilitatorsOf(actor, workshopId),
    readDetails(actor, workshopId),
  ]);
  const zone = details?.timeZone ?? 'WIB';
  const linkViews: ActiveLinkView[] = links.map((link) => ({
    id: link.id,
    kind: link.kind,
    description: [t.people.linkKinds[link.kind], link.boardTitle && pick(link.boardTitle, lang), link.kind === 'facilitator-invite' ? null : (t.people.roles[link.role as Role] ?? link.role), link.label]
      .filter(Boolean)
      .join(' · '),
    validUntil: format(t.people.validUntil, { time: formatDateTime(link.expiresAt, zone, lang) }),
  }));
  const facilitatorViews: FacilitatorView[] = facilitators.map((member) => ({
    userId: member.userId,
    name: member.name,
    email: member.email,
    removable: !member.isCreator && member.userId !== actor.userId,
    note: [member.isCreator ? t.people.creator : null, member.userId === actor.userId ? t.people.you : null].filter(Boolean).join(', ') || null,
  }));
  return (
    <main className="plano-page">
      <header className="plano-header">
        <div>
          <Link href={`/w/${workshopId}`}>← {t.board.back}</Link>
          <h1>{t.people.title}</h1>
        </div>
        <LanguageSwitch lang={lang} returnTo={`/w/${workshopId}/people`} />
      </header>
      {slowed.map((network) => (
        <p key={network.address} className="plano-notice" role="status" data-testid="slowed-network">
          {format(t.people.slowedNetwork, { address: network.address, count: network.wrongCodes })}
        </p>
      ))}
      <section className="plano-card" style={{ display: 'flex', gap: 24, alignItems: 'center', flexWrap: 'wrap', marginBottom: 24 }} data-testid="join-panel">
        <div style={{ width: 180, height: 180 }} dangerouslySetInnerHTML={{ __html: qr }} aria-label={joinUrl} />
        <div>
          <p style={{ margin: 0 }}>{format(t.people.joinAt, { url: `${origin}/join` })}</p>
          <p style={{ fontSize: '3rem', fontWeight: 800, letterSpacing: '0.2em', margin: '8px 0' }} data-testid="join-code">
            {overview.workshop.joinCode}
          </p>
          <h3 style={{ marginBottom: 8 }}>{t.people.invite}</h3>
          <InviteLinks workshopId={workshopId} labels={{ ...t.people, inviteFacilitator: t.cofacilitate.invite, copy: t.home.copy }} />
        </div>
      </section>
      <section style={{ marginBottom: 24 }}>
        <h2>{t.people.groups}</h2>
        <p data-testid="current-session">
          {session ? format(t.people.currentSession, { session: `${session.topicId} ${pick(findTopic(session.topicId)!.title, lang)} · ${format(t.topic.session, { n: session.number })}` }) : t.people.noSession}
        </p>
        <p className="plano-muted">{t.people.groupsOfSession}</p>
        <GroupColumns
          workshopId={workshopId}
          groups={overview.groups.map(({ id, name, color }) => ({ id, name, color }))}
          people={overview.participants.map(({ id, name, groupId }) => ({ id, name, groupId }))}
          labels={t.people}
        />
      </section>
      <PeopleManager
        workshopId={workshopId}
        groups={overview.groups.map(({ id, name, color }) => ({ id, name, color }))}
        participants={overview.participants.map(({ id, name, organisation, role, groupId }) => ({ id, name, organisation, role, groupId }))}
        labels={t.people}
      />
      <div style={{ marginTop: 32, display: 'grid', gap: 24 }}>
        <FacilitatorList workshopId={workshopId} facilitators={facilitatorViews} labels={t.people} />
        <ActiveLinks workshopId={workshopId} links={linkViews} labels={t.people} />
      </div>
      <div style={{ marginTop: 32 }}>
        <RosterEditor
          workshopId={workshopId}
          entries={roster}
          roleLabels={Object.fromEntries(ROSTER_ROLES.map((role) => [role, pick(ROSTER_ROLE_LABELS[role], lang)])) as Record<RosterRole, string>}
          labels={t.people}
        />
      </div>
    </main>
  );
}
