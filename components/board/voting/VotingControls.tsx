'use client';

import { useState, type CSSProperties } from 'react';
import { useEditor, useValue } from 'tldraw';
import { MAX_DOTS_PER_PERSON } from '@/lib/board/voting';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { uiLang } from '../shapes/uiLang';
import { useBoardVoting } from './BoardVoting';
import { writeNewVote, writePrivateMode, writeVotePhase } from './voteActions';

const controlStyle: CSSProperties = {
  minWidth: 44,
  minHeight: 44,
  padding: '0 14px',
  borderRadius: 10,
  border: '2px solid #c53030',
  background: '#fff',
  color: '#1a202c',
  font: '600 17px/1 system-ui, sans-serif',
  touchAction: 'manipulation',
};

const statusStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  minHeight: 44,
  padding: '0 12px',
  borderRadius: 10,
  background: '#fff5f5',
  color: '#742a2a',
  font: '600 16px/1.2 system-ui, sans-serif',
};

const DOT_CHOICES = Array.from({ length: MAX_DOTS_PER_PERSON }, (_, i) => i + 1);

/**
 * The vote and private-mode part of the card panel. Everyone sees how many dots they have left
 * and whether private mode is on; only a facilitator gets the start / reveal / end and private
 * mode buttons, because only the facilitator's client may write `meta.vote` and `meta.private`.
 */
export function VotingControls() {
  const editor = useEditor();
  const lang = useValue('plano ui language', () => uiLang(editor), [editor]);
  const voting = useBoardVoting();
  const [dots, setDots] = useState(3);
  if (!voting) return null;
  const t = dictionaryFor(lang).voting;
  const { vote, ydoc, isFacilitator, privateMode } = voting;
  const running = vote !== null && vote.phase !== 'closed';

  return (
    <>
      {vote?.phase === 'open' && (
        <div style={statusStyle} data-testid="vote-dots-left" data-left={voting.remaining} title={t.tapToVote} role="status">
          {format(t.dotsLeft, { left: voting.remaining, total: vote.dotsPerPerson })}
        </div>
      )}
      {vote?.phase === 'revealed' && (
        <div style={statusStyle} data-testid="vote-revealed" role="status">
          {t.revealed}
        </div>
      )}
      {privateMode && !isFacilitator && (
        <div style={statusStyle} data-testid="private-active" role="status">
          {t.privateOn}
        </div>
      )}
      {isFacilitator && (
        <div role="group" aria-label={t.controls} style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {!running && (
            <>
              <label style={{ ...statusStyle, gap: 8, background: '#fff', color: '#1a202c' }}>
                {t.dotsPerPerson}
                <select
                  data-testid="vote-dots-per-person"
                  value={dots}
                  onChange={(event) => setDots(Number(event.target.value))}
                  style={{ minHeight: 44, minWidth: 56, font: '600 17px/1 system-ui, sans-serif' }}
                >
                  {DOT_CHOICES.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" data-testid="vote-start" onClick={() => writeNewVote(ydoc, dots)} style={controlStyle}>
                {t.start}
              </button>
            </>
          )}
          {vote?.phase === 'open' && (
            <button type="button" data-testid="vote-reveal" onClick={() => writeVotePhase(ydoc, vote, 'revealed')} style={controlStyle}>
              {t.reveal}
            </button>
          )}
          {running && (
            <button type="button" data-testid="vote-end" onClick={() => writeVotePhase(ydoc, vote, 'closed')} style={controlStyle}>
              {t.end}
            </button>
          )}
          <button
            type="button"
            data-testid="private-toggle"
            aria-pressed={privateMode !== null}
            title={t.privateActive}
            onClick={() => writePrivateMode(ydoc, privateMode === null)}
            style={{ ...controlStyle, borderColor: '#553c9a', background: privateMode ? '#553c9a' : '#fff', color: privateMode ? '#fff' : '#1a202c' }}
          >
            {privateMode ? t.privateOff : t.privateOn}
          </button>
        </div>
      )}
    </>
  );
}
