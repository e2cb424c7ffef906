'use client';

import { useState, type CSSProperties } from 'react';

export interface JoinOverlayLabels {
  showJoin: string;
  hideJoin: string;
  /** Already filled with the join page's address. */
  joinAt: string;
}

const toggleStyle: CSSProperties = {
  position: 'fixed',
  right: 16,
  bottom: 16,
  zIndex: 1100,
  minWidth: 44,
  minHeight: 44,
  padding: '0 18px',
  borderRadius: 12,
  border: 'none',
  background: '#2d3748',
  color: '#fff',
  font: '600 18px/1 system-ui, sans-serif',
  cursor: 'pointer',
};

const panelStyle: CSSProperties = {
  position: 'fixed',
  right: 16,
  top: '50%',
  transform: 'translateY(-50%)',
  zIndex: 1050,
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  gap: 12,
  padding: 24,
  maxWidth: 420,
  borderRadius: 20,
  background: 'rgba(255, 255, 255, 0.97)',
  boxShadow: '0 6px 24px rgba(0, 0, 0, 0.25)',
  font: '500 22px/1.3 system-ui, sans-serif',
  color: '#1a202c',
  textAlign: 'center',
};

/** The projector's "how to join" card: join page, code and QR, shown until the facilitator hides it. */
export function JoinOverlay({ joinCode, joinUrl, qr, labels }: { joinCode: string; joinUrl: string; qr: string; labels: JoinOverlayLabels }) {
  const [shown, setShown] = useState(true);
  return (
    <>
      {shown && (
        <section style={panelStyle} data-testid="join-overlay">
          <p style={{ margin: 0 }}>{labels.joinAt}</p>
          <p style={{ margin: 0, fontSize: 64, fontWeight: 800, letterSpacing: '0.15em' }} data-testid="projector-join-code">
            {joinCode}
          </p>
          {/* The QR is drawn on the server from our own join link: trusted markup. */}
          <div style={{ width: 260, height: 260 }} dangerouslySetInnerHTML={{ __html: qr }} aria-label={joinUrl} data-testid="projector-qr" />
          <p style={{ margin: 0, fontSize: 16, wordBreak: 'break-all' }} data-testid="projector-join-url">
            {joinUrl}
          </p>
        </section>
      )}
      <button type="button" style={toggleStyle} onClick={() => setShown((value) => !value)} aria-pressed={shown} data-testid="toggle-join-overlay">
        {shown ? labels.hideJoin : labels.showJoin}
      </button>
    </>
  );
}
