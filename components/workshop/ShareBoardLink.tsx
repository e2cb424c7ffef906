'use client';

import { useState } from 'react';
import type { Role } from '@/lib/auth/capabilities';

interface Labels {
  share: string;
  shareAs: string;
  asParticipant: string;
  asObserver: string;
  guestName: string;
  linkReady: string;
  copy: string;
  copied: string;
  linkFailed: string;
}

/** Creates a link that opens one board on a tablet for a participant or an observer. */
export function ShareBoardLink({ docName, labels }: { docName: string; labels: Labels }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const [copied, setCopied] = useState(false);

  async function create(role: Role) {
    setError(false);
    setCopied(false);
    const response = await fetch(`/api/boards/${docName}/links`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, ...(name.trim() ? { name: name.trim() } : {}) }),
    });
    if (!response.ok) {
      setError(true);
      return;
    }
    setLink(((await response.json()) as { url: string }).url);
  }

  async function copy() {
    if (!link) return;
    await navigator.clipboard.writeText(link);
    setCopied(true);
  }

  if (!open) {
    return (
      <button type="button" className="plano-button secondary" data-testid="share-board" onClick={() => setOpen(true)}>
        {labels.share}
      </button>
    );
  }
  return (
    <div className="plano-card" data-testid="share-panel" style={{ display: 'grid', gap: 8 }}>
      <label className="plano-field" style={{ marginBottom: 0 }}>
        <span>{labels.guestName}</span>
        <input value={name} maxLength={80} onChange={(event) => setName(event.target.value)} data-testid="share-name" />
      </label>
      <span>{labels.shareAs}</span>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <button type="button" className="plano-button" data-testid="share-participant" onClick={() => void create('participant')}>
          {labels.asParticipant}
        </button>
        <button type="button" className="plano-button secondary" data-testid="share-observer" onClick={() => void create('observer')}>
          {labels.asObserver}
        </button>
      </div>
      {error && <p className="plano-error" role="alert">{labels.linkFailed}</p>}
      {link && (
        <div style={{ display: 'grid', gap: 6 }}>
          <span>{labels.linkReady}</span>
          <div style={{ display: 'flex', gap: 8 }}>
            <input readOnly value={link} data-testid="share-link" style={{ flex: 1, minHeight: 44, fontSize: 14 }} onFocus={(event) => event.target.select()} />
            <button type="button" className="plano-button secondary" onClick={() => void copy()}>
              {copied ? labels.copied : labels.copy}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
