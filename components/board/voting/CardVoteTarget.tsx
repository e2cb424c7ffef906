'use client';

import type { CSSProperties, PointerEvent, TouchEvent } from 'react';
import { useEditor, useValue } from 'tldraw';
import { format, dictionaryFor } from '@/lib/i18n/translate';
import { toggleDot } from '@/lib/board/voting';
import { uiLang } from '../shapes/uiLang';
import { useBoardVoting } from './BoardVoting';
import { writeMyDots } from './voteActions';

/** Badge diameter in page units: 48 at 100 % zoom, a comfortable finger target on its own. */
const BADGE_PX = 48;

const badgeStyle: CSSProperties = {
  position: 'absolute',
  top: -BADGE_PX / 3,
  right: -BADGE_PX / 3,
  width: BADGE_PX,
  height: BADGE_PX,
  borderRadius: '50%',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  boxSizing: 'border-box',
  font: '700 22px/1 system-ui, sans-serif',
  boxShadow: '0 1px 3px rgba(0,0,0,0.35)',
};

const stop = (event: PointerEvent | TouchEvent) => event.stopPropagation();

/**
 * A card's part in the vote. While the vote is open the whole card is the tap target (a tap
 * places my dot, a second tap takes it back) and its badge shows MY dot only; once revealed the
 * badge shows the card's total. Nothing is shown when there is no vote.
 */
export function CardVoteTarget({ cardId }: { cardId: string }) {
  const editor = useEditor();
  const lang = useValue('plano ui language', () => uiLang(editor), [editor]);
  const isReadonly = useValue('read only', () => editor.getIsReadonly(), [editor]);
  const voting = useBoardVoting();
  const vote = voting?.vote;
  if (!voting || !vote || vote.phase === 'closed') return null;
  const t = dictionaryFor(lang).voting;

  if (voting.totals) {
    const total = voting.totals[cardId] ?? 0;
    return (
      <div data-testid="vote-badge" data-card-id={cardId} data-total={total} aria-label={format(t.total, { count: total })} style={{ ...badgeStyle, background: '#1a202c', color: '#fff' }}>
        {total}
      </div>
    );
  }

  const mine = voting.myDots.includes(cardId);
  const onTap = () => {
    const result = toggleDot(vote, voting.myDots, cardId, voting.cardIds);
    if (result.ok) writeMyDots(voting.ydoc, voting.privateDoc, vote, voting.userId, result.dots);
  };
  const badge = (
    <div
      data-testid="vote-badge"
      data-card-id={cardId}
      data-mine={mine ? 1 : 0}
      style={{ ...badgeStyle, background: mine ? '#c53030' : '#fff', border: mine ? 'none' : '3px dashed #c53030', color: '#fff' }}
    >
      {mine ? 1 : ''}
    </div>
  );
  if (isReadonly) return badge;
  return (
    <button
      type="button"
      data-testid="vote-target"
      data-card-id={cardId}
      aria-pressed={mine}
      aria-label={mine ? t.myDot : t.placeDot}
      // Not `disabled`: a disabled button lets the tap through to tldraw, which would select the card.
      aria-disabled={!mine && voting.remaining === 0}
      // On pointer up, not click: tldraw cancels touch events on its canvas, so a tap on a tablet
      // never becomes a click. A click with detail 0 is the keyboard's (Enter or Space).
      onPointerUp={(event) => {
        stop(event);
        onTap();
      }}
      onClick={(event) => {
        if (event.detail === 0) onTap();
      }}
      // The tap is the vote's, not tldraw's: no selecting or dragging the card while voting.
      onPointerDown={stop}
      onTouchStart={stop}
      style={{ position: 'absolute', inset: 0, padding: 0, border: 'none', background: 'transparent', pointerEvents: 'all', touchAction: 'manipulation', cursor: 'pointer' }}
    >
      {badge}
    </button>
  );
}
