'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** Big coloured buttons, one per group: a participant without a group taps theirs and lands on its board. */
export function PickGroup({ groups, label, failed }: { groups: { id: string; name: string; color: string }[]; label: string; failed: string }) {
  const router = useRouter();
  const [error, setError] = useState(false);
  async function pick(groupId: string) {
    const response = await fetch('/api/me/group', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ groupId }) });
    // Straight to the group's board: that is where the participant works now.
    if (response.ok) router.push(((await response.json()) as { next: string }).next);
    else setError(true);
  }
  return (
    <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
      {groups.map((group) => (
        <button
          key={group.id}
          type="button"
          className="plano-button"
          data-testid="pick-group"
          style={{ background: group.color, borderColor: group.color, minHeight: 72, fontSize: '1.2rem' }}
          onClick={() => void pick(group.id)}
        >
          {label.replace('{group}', group.name)}
        </button>
      ))}
      {error && <p className="plano-error" role="alert">{failed}</p>}
    </div>
  );
}
