'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** Makes invite links: remote participants and observers (role fixed by the link), and co-facilitators. */
export function InviteLinks({ workshopId, labels }: { workshopId: string; labels: { inviteParticipant: string; inviteObserver: string; inviteFacilitator: string; copy: string; failed: string } }) {
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState(false);
  async function create(role: 'participant' | 'observer' | 'facilitator') {
    setError(false);
    const response =
      role === 'facilitator'
        ? await fetch(`/api/workshops/${workshopId}/facilitator-invites`, { method: 'POST', headers: { 'content-type': 'application/json' } })
        : await fetch(`/api/workshops/${workshopId}/invites`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role }) });
    if (!response.ok) {
      setError(true);
      return;
    }
    setLink(((await response.json()) as { url: string }).url);
    router.refresh(); // the list of live links shows the new one
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
        <button className="plano-button secondary" type="button" onClick={() => void create('facilitator')} data-testid="invite-facilitator">
          {labels.inviteFacilitator}
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
