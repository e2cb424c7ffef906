'use client';

import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { META_MAP } from '@/lib/board/docMeta';
import { dictionaryFor, format, type Lang } from '@/lib/i18n/translate';
import { attendance, peopleOnline, type PersonOnline } from '@/lib/session/boardActivity';
import { raisedHands } from '@/lib/session/hands';
import { META_SPOTLIGHT, projectedDocName, readSpotlight } from '@/lib/session/spotlight';
import { isFinished } from '@/lib/session/timer';
import { SessionTimer } from '@/components/board/session/SessionTimer';
import { useMetaValue } from '@/components/board/session/useMetaValue';
import { useSessionTimer } from '@/components/board/session/useSessionTimer';
import { GatherButton } from '@/components/workshop/GatherButton';
import type { BoardUser } from '@/components/board/useYjsStore';
import { BoardTile } from './BoardTile';
import { GroupBoardsLock } from './GroupBoardsLock';
import { OpenToAllToggle } from './OpenToAllToggle';
import { useBoardWatches } from './useBoardWatches';

export interface ConsoleGroupView {
  id: string;
  name: string;
  color: string;
  boardName: string;
}

export interface ConsolePersonView {
  userId: string;
  name: string;
  role: 'participant' | 'observer';
  groupId: string | null;
}

export interface FacilitatorConsoleProps {
  lang: Lang;
  me: BoardUser;
  plenaryDocName: string;
  groups: readonly ConsoleGroupView[];
  people: readonly ConsolePersonView[];
  /** For the workshop's routes (gather, lock the group boards); without it those controls are hidden. */
  workshopId?: string;
  /** The running session's length on the agenda: the timer's default. */
  sessionMinutes?: number | null;
}

/** "x min ago" only needs to move about this often. */
const CLOCK_TICK_MS = 15_000;
const PLENARY_COLOR = '#2d3748';

const sectionStyle: CSSProperties = { display: 'grid', gap: 12, marginBottom: 28 };
const gridStyle: CSSProperties = { display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))' };
const rowStyle: CSSProperties = { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, padding: '6px 12px', borderRadius: 10, background: '#fff', border: '1px solid #e2e8f0' };

/**
 * The facilitator's room at a glance: every group board live, the plenary's timer, what the
 * projector shows, raised hands and who is connected. Each board is one read-only websocket.
 */
export function FacilitatorConsole({ lang, me, plenaryDocName, groups, people, workshopId, sessionMinutes }: FacilitatorConsoleProps) {
  const t = dictionaryFor(lang).console;
  const room = dictionaryFor(lang).plenaryRoom;
  const docNames = useMemo(() => [...groups.map((group) => group.boardName), plenaryDocName], [groups, plenaryDocName]);
  const { watches, states } = useBoardWatches(docNames);
  const plenary = watches.get(plenaryDocName) ?? null;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(interval);
  }, []);

  // One session timer: the server writes it into the plenary and every group board; the console shows the plenary's.
  const groupDocs = useMemo(() => groups.flatMap((group) => watches.get(group.boardName)?.ydoc ?? []), [groups, watches]);
  const { timer, now: timerNow } = useSessionTimer(plenary?.ydoc ?? null);
  const timeUp = timer !== null && isFinished(timer, timerNow);

  const spotlight = useMetaValue(plenary?.ydoc ?? null, META_SPOTLIGHT, readSpotlight);
  const groupBoards = useMemo(() => new Set(groups.map((group) => group.boardName)), [groups]);
  const projected = projectedDocName(spotlight, plenaryDocName, groupBoards);
  const setSpotlight = (group: ConsoleGroupView | null) => {
    const meta = plenary?.ydoc.getMap(META_MAP);
    if (!meta) return;
    if (group) meta.set(META_SPOTLIGHT, { docName: group.boardName, groupId: group.id, since: Date.now() });
    else meta.delete(META_SPOTLIGHT);
  };

  const boardLabel = (docName: string) => groups.find((group) => group.boardName === docName)?.name ?? t.plenary;
  const groupName = (groupId: string | null) => groups.find((group) => group.id === groupId)?.name ?? null;

  const hands = [...states].flatMap(([docName, state]) => raisedHands(state.peers).map((hand) => ({ ...hand, docName })));
  hands.sort((a, b) => a.raisedAt - b.raisedAt);
  const onlineByBoard = new Map<string, PersonOnline[]>([...states].map(([docName, state]) => [docName, peopleOnline(state.peers)]));
  const present = attendance(people, onlineByBoard);
  const personLabel = (person: ConsolePersonView) => {
    const group = groupName(person.groupId);
    return [person.name, person.role === 'observer' ? t.observer : (group ?? t.noGroup)].join(' · ');
  };

  return (
    <>
      <section style={{ ...sectionStyle, position: 'relative', minHeight: 72 }} aria-label={dictionaryFor(lang).session.timer}>
        <SessionTimer ydoc={plenary?.ydoc ?? null} lang={lang} canControl defaultMinutes={sessionMinutes ?? undefined} sessionWorkshopId={workshopId} />
      </section>
      {sessionMinutes ? (
        <p className="plano-muted" style={{ margin: '-16px 0 16px', textAlign: 'center' }} data-testid="console-agenda-minutes">
          {format(room.agendaMinutes, { minutes: sessionMinutes })}
        </p>
      ) : null}

      {workshopId && (
        <section style={sectionStyle} aria-label={room.lockTitle}>
          <GroupBoardsLock workshopId={workshopId} groupDocs={groupDocs} timeUp={timeUp} labels={room} />
        </section>
      )}

      {workshopId && groups.length > 0 && (
        <section style={sectionStyle} aria-labelledby="console-gather">
          <h2 id="console-gather" style={{ margin: 0 }}>
            {room.gatherTitle}
          </h2>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
            <GatherButton workshopId={workshopId} labels={dictionaryFor(lang).plenary} groups={groups} chooseLabel={room.chooseGroups} />
          </div>
        </section>
      )}

      <section style={sectionStyle}>
        <p style={{ margin: 0, display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
          <strong data-testid="console-projected" data-doc={projected}>
            {format(t.projectorShows, { board: boardLabel(projected) })}
          </strong>
          {projected !== plenaryDocName && (
            <button type="button" className="plano-button" onClick={() => setSpotlight(null)} data-testid="console-release-spotlight">
              {t.releaseSpotlight}
            </button>
          )}
        </p>
      </section>

      <section style={sectionStyle} aria-labelledby="console-hands">
        <h2 id="console-hands" style={{ margin: 0 }}>
          {t.hands}
        </h2>
        {hands.length === 0 ? (
          <p className="plano-muted" style={{ margin: 0 }}>
            {t.noHands}
          </p>
        ) : (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
            {hands.map((hand) => {
              const person = people.find((candidate) => candidate.userId === hand.userId);
              const where = groupName(person?.groupId ?? null) ?? boardLabel(hand.docName);
              return (
                <li key={`${hand.docName}:${hand.userId}`} style={rowStyle} data-testid="console-raised-hand" data-user={hand.userId}>
                  <span>
                    ✋ <strong>{hand.name}</strong> · {where}
                  </span>
                  <button
                    type="button"
                    className="plano-button secondary"
                    onClick={() => watches.get(hand.docName)?.lowerHand(me, hand.userId, hand.raisedAt)}
                    aria-label={format(t.lowerLabel, { name: hand.name })}
                    data-testid="console-lower-hand"
                  >
                    {t.lower}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section style={sectionStyle} aria-labelledby="console-groups">
        <h2 id="console-groups" style={{ margin: 0 }}>
          {t.groups}
        </h2>
        {groups.length === 0 && <p className="plano-muted">{t.noGroups}</p>}
        <div style={gridStyle}>
          {groups.map((group) => (
            <BoardTile key={group.boardName} docName={group.boardName} name={group.name} color={group.color} state={states.get(group.boardName)} now={now} lang={lang}>
              {projected === group.boardName ? (
                <button type="button" className="plano-button" onClick={() => setSpotlight(null)} aria-pressed data-testid="console-spotlight">
                  {t.spotlit} · {t.releaseSpotlight}
                </button>
              ) : (
                <button type="button" className="plano-button secondary" onClick={() => setSpotlight(group)} aria-pressed={false} disabled={!plenary} data-testid="console-spotlight">
                  {t.spotlight}
                </button>
              )}
              <OpenToAllToggle docName={group.boardName} ydoc={watches.get(group.boardName)?.ydoc ?? null} labels={{ ...room, failed: dictionaryFor(lang).people.failed }} />
            </BoardTile>
          ))}
          <BoardTile docName={plenaryDocName} name={t.plenary} color={PLENARY_COLOR} state={states.get(plenaryDocName)} now={now} lang={lang} />
        </div>
      </section>

      <section style={sectionStyle} aria-labelledby="console-presence">
        <h2 id="console-presence" style={{ margin: 0 }}>
          {t.presence}
        </h2>
        <p className="plano-muted" style={{ margin: 0 }}>
          {t.remoteNote}
        </p>
        <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))' }}>
          <div data-testid="console-connected">
            <h3>{format(t.connected, { count: present.connected.length })}</h3>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
              {present.connected.map((person) => (
                <li key={person.userId} style={rowStyle} data-testid="console-person" data-user={person.userId}>
                  <span>{personLabel(person)}</span>
                  <span className="plano-muted">{format(t.onBoards, { boards: person.boards.map(boardLabel).join(', ') })}</span>
                </li>
              ))}
            </ul>
          </div>
          <div data-testid="console-not-connected">
            <h3>{format(t.notConnected, { count: present.notConnected.length })}</h3>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
              {present.notConnected.map((person) => (
                <li key={person.userId} style={rowStyle} data-testid="console-person" data-user={person.userId}>
                  <span>{personLabel(person)}</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>
    </>
  );
}
