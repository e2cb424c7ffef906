'use client';

import Link from 'next/link';
import type { CSSProperties, ReactNode } from 'react';
import { dictionaryFor, format, type Lang } from '@/lib/i18n/translate';
import { minutesSince, peopleOnline } from '@/lib/session/boardActivity';
import type { BoardWatchState } from './BoardWatch';
import { BoardThumbnail } from './BoardThumbnail';

export interface BoardTileProps {
  docName: string;
  name: string;
  color: string;
  state: BoardWatchState | undefined;
  now: number;
  lang: Lang;
  /** Controls under the figures (the spotlight button). */
  children?: ReactNode;
}

const tileStyle: CSSProperties = { display: 'grid', gap: 8, padding: 12, borderRadius: 14, background: '#fff', border: '1px solid #e2e8f0' };

/** One board on the console: live thumbnail, cards, people online, last change. */
export function BoardTile({ docName, name, color, state, now, lang, children }: BoardTileProps) {
  const t = dictionaryFor(lang).console;
  const online = state ? peopleOnline(state.peers) : [];
  const minutes = minutesSince(state?.lastChangeAt ?? null, now);
  const ago = minutes === null ? t.noChange : minutes === 0 ? t.justNow : format(t.minutesAgo, { minutes });
  const cards = state?.cards ?? 0;
  return (
    <article style={{ ...tileStyle, borderTop: `6px solid ${color}` }} data-testid="console-board" data-doc={docName} data-name={name}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
        <strong style={{ fontSize: '1.1rem' }}>{name}</strong>
        <Link className="plano-button secondary" href={`/board/${docName}`} target="_blank" data-testid="console-open-board">
          {t.openBoard}
        </Link>
      </header>
      {state?.synced ? (
        <BoardThumbnail thumbnail={state.thumbnail} label={format(t.thumbnail, { board: name, count: cards })} />
      ) : (
        <p className="plano-muted" style={{ height: 180, margin: 0, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          {t.connecting}
        </p>
      )}
      <p style={{ margin: 0, display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <span className="plano-badge" data-testid="console-card-count" data-count={cards}>
          {format(t.cards, { count: cards })}
        </span>
        <span className="plano-badge" data-testid="console-online-count" data-count={online.length}>
          {format(t.online, { count: online.length })}
        </span>
        <span className="plano-muted" data-testid="console-last-change">
          {format(t.lastChange, { ago })}
        </span>
      </p>
      {online.length > 0 && (
        <p style={{ margin: 0, display: 'flex', gap: 6, flexWrap: 'wrap' }} data-testid="console-online-people">
          {online.map((person) => (
            <span key={person.userId} style={{ padding: '2px 10px', borderRadius: 999, background: person.color || '#4a5568', color: '#fff', fontSize: '0.9rem' }}>
              {person.name}
            </span>
          ))}
        </p>
      )}
      {children}
    </article>
  );
}
