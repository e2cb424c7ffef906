'use client';

import type { CSSProperties } from 'react';
import type { Editor } from 'tldraw';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { dictionaryFor, format, type Lang } from '@/lib/i18n/translate';
import { useFollowMe } from './useFollowMe';
import { useRaisedHands } from './useRaisedHands';

export interface BoardSessionControlsProps {
  ydoc: Y.Doc | null;
  provider: WebsocketProvider | null;
  editor: Editor | null;
  userId: string;
  /** Facilitator rights on this board: leads follow-me and lowers hands instead of raising one. */
  facilitates: boolean;
  lang: Lang;
}

const columnStyle: CSSProperties = {
  position: 'absolute',
  right: 8,
  bottom: 120,
  zIndex: 1000,
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-end',
  gap: 8,
  maxWidth: 'min(320px, calc(100vw - 16px))',
  font: '500 15px/1.25 system-ui, sans-serif',
  pointerEvents: 'none',
};

const buttonStyle: CSSProperties = {
  minWidth: 44,
  minHeight: 44,
  padding: '0 14px',
  borderRadius: 22,
  border: '2px solid #2d3748',
  background: '#fff',
  color: '#1a202c',
  font: '600 16px/1 system-ui, sans-serif',
  cursor: 'pointer',
  touchAction: 'manipulation',
  pointerEvents: 'all',
};

const activeButtonStyle: CSSProperties = { ...buttonStyle, background: '#2b6cb0', borderColor: '#2b6cb0', color: '#fff' };

const noticeStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: 8,
  padding: '4px 4px 4px 14px',
  borderRadius: 24,
  background: '#2b6cb0',
  color: '#fff',
  pointerEvents: 'all',
};

const handsPanelStyle: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: 6,
  padding: 10,
  borderRadius: 14,
  background: 'rgba(255, 255, 255, 0.97)',
  boxShadow: '0 2px 8px rgba(0, 0, 0, 0.2)',
  pointerEvents: 'all',
};

/**
 * Follow-me and raised hands on a board: the facilitator leads everyone's view and sees the hands
 * up; everyone else follows (and may step out) and can raise a hand.
 */
export function BoardSessionControls({ ydoc, provider, editor, userId, facilitates, lang }: BoardSessionControlsProps) {
  const t = dictionaryFor(lang).boardSession;
  const follow = useFollowMe(ydoc, editor, userId, true);
  const hands = useRaisedHands(provider, userId);

  return (
    <div style={columnStyle} data-testid="board-session-controls">
      {facilitates && hands.hands.length > 0 && (
        <section style={handsPanelStyle} aria-label={format(t.hands, { count: hands.hands.length })} data-testid="board-raised-hands">
          <strong>{format(t.hands, { count: hands.hands.length })}</strong>
          {hands.hands.map((hand) => (
            <div key={hand.userId} style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8 }} data-testid="board-raised-hand" data-user={hand.userId}>
              <span>✋ {hand.name}</span>
              <button type="button" style={buttonStyle} onClick={() => hands.lower(hand)} aria-label={format(t.lowerLabel, { name: hand.name })} data-testid="board-lower-hand">
                {t.lower}
              </button>
            </div>
          ))}
        </section>
      )}
      {follow.status === 'following' && (
        <div style={noticeStyle} role="status" data-testid="following-notice">
          <span>{t.following}</span>
          <button type="button" style={buttonStyle} onClick={() => follow.setSteppedOut(true)} data-testid="step-out">
            {t.stepOut}
          </button>
        </div>
      )}
      {follow.status === 'stepped-out' && (
        <button type="button" style={buttonStyle} onClick={() => follow.setSteppedOut(false)} data-testid="follow-again">
          {t.followAgain}
        </button>
      )}
      {facilitates &&
        (follow.status === 'leading' ? (
          <div style={noticeStyle} role="status" data-testid="leading-notice">
            <span>{t.leading}</span>
            <button type="button" style={buttonStyle} onClick={() => follow.setLeading(false)} data-testid="release-follow">
              {t.release}
            </button>
          </div>
        ) : (
          <button type="button" style={buttonStyle} onClick={() => follow.setLeading(true)} aria-label={t.followMeLabel} data-testid="follow-me">
            {t.followMe}
          </button>
        ))}
      {!facilitates && (
        <button
          type="button"
          style={hands.ownHand ? activeButtonStyle : buttonStyle}
          onClick={() => hands.setOwnHand(!hands.ownHand)}
          aria-pressed={hands.ownHand !== null}
          data-testid="raise-hand"
        >
          {hands.ownHand ? `${t.handUp} · ${t.lowerOwnHand}` : t.raiseHand}
        </button>
      )}
    </div>
  );
}
