'use client';

import { useState } from 'react';

/** Makes invite links for remote people; the role is fixed by the link. */
export function InviteLinks({ workshopId, labels }: { workshopId: string; labels: { inviteParticipant: string; inviteObserver: string; copy: string; failed: string } }) {
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState(false);
  async function create(role: 'participant' | 'observer') {
    setError(false);
    const response = await fetch(`/api/workshops/${workshopId}/invites`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role }) });
    if (!response.ok) {
      setError(true);
      return;
    }
    setLink(((await response.json()) as { url: string }).url);
  }
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <button className="plano-button" type="button" onClick={() => void create('participant')} data-testid="invite-participant">
          {labels.inviteParticipant}
        </button>
        <button className="plano-button secondary" type="button" onClick={() => void create('observer')} data-testid="invite-observer">
          {labels.inviteObserver}
        </button>
      </div>
      {error && <p className="plano-error" role="alert">{labels.failed}</p>}
      {link && (
        <div style={{ display: 'flex', gap: 8 }}>
          <input readOnly value={link} data-testid="invite-link" style={{ flex: 1, minHeight: 44, fontSize: 14 }} onFocus={(event) => event.target.select()} />
          <button className="plano-button secondary" type="button" onClick={() => void navigator.clipboard.writeText(link)}>
            {labels.copy}
          </button>
        </div>
      )}
    </div>
  );
}
