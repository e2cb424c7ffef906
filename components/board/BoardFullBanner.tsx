'use client';

import { useState, type CSSProperties } from 'react';
import type * as Y from 'yjs';
import { META_BOARD_FULL, readBoardFull } from '@/lib/board/boardFull';
import { dictionaryFor, type Lang } from '@/lib/i18n/translate';
import { useMetaValue } from './session/useMetaValue';

const bannerStyle: CSSProperties = {
  position: 'absolute',
  top: 56,
  left: '50%',
  transform: 'translateX(-50%)',
  zIndex: 1001,
  maxWidth: 'min(640px, calc(100vw - 24px))',
  display: 'flex',
  flexDirection: 'column',
  gap: 8,
  padding: '12px 16px',
  borderRadius: 12,
  background: '#fff5f5',
  border: '2px solid #c53030',
  color: '#742a2a',
  font: '500 16px/1.4 system-ui, sans-serif',
};

const buttonStyle: CSSProperties = {
  alignSelf: 'flex-start',
  minHeight: 44,
  padding: '0 16px',
  borderRadius: 10,
  border: '2px solid #c53030',
  background: '#c53030',
  color: '#fff',
  font: '600 16px/1 system-ui, sans-serif',
  touchAction: 'manipulation',
};

type Step = 'idle' | 'confirming' | 'busy' | 'restored' | 'no-snapshot' | 'failed';

/**
 * Says on every device that the board is full (the server's `meta.boardFull`); a facilitator also
 * gets the way out: restore the last good snapshot, with a second tap to confirm.
 */
export function BoardFullBanner({ ydoc, docName, facilitates, lang }: { ydoc: Y.Doc | null; docName: string; facilitates: boolean; lang: Lang }) {
  const full = useMetaValue(ydoc, META_BOARD_FULL, readBoardFull);
  const [step, setStep] = useState<Step>('idle');
  const t = dictionaryFor(lang).boardFull;
  const outcome = step === 'restored' ? t.restored : step === 'no-snapshot' ? t.noSnapshot : step === 'failed' ? t.failed : null;
  if (!full && !outcome) return null;

  const restore = async () => {
    if (step !== 'confirming') {
      setStep('confirming');
      return;
    }
    setStep('busy');
    try {
      const response = await fetch(`/api/boards/${encodeURIComponent(docName)}/restore`, { method: 'POST', headers: { 'content-type': 'application/json' } });
      const body = (await response.json().catch(() => null)) as { restored?: boolean } | null;
      setStep(!response.ok ? 'failed' : body?.restored ? 'restored' : 'no-snapshot');
    } catch (error) {
      console.error('Plano: restoring the board failed.', error);
      setStep('failed');
    }
  };

  return (
    <div style={bannerStyle} role="alert" data-testid="board-full" data-full={full ? 1 : 0}>
      {full && <span>{t.full}</span>}
      {full && facilitates && <span>{t.facilitatorHint}</span>}
      {full && facilitates && (
        <button type="button" data-testid="board-restore" disabled={step === 'busy'} onClick={() => void restore()} style={buttonStyle}>
          {step === 'confirming' ? t.confirm : t.restore}
        </button>
      )}
      {outcome && <span data-testid="board-restore-outcome">{outcome}</span>}
    </div>
  );
}
