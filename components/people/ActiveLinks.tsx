'use client';

import { useJsonAction } from '../ui/useJsonAction';

export interface ActiveLinkView {
  id: string;
  kind: 'board' | 'invite' | 'facilitator-invite';
  /** What the link is, in words: "Tautan papan · Pleno · Pengamat · Tablet 1". */
  description: string;
  validUntil: string;
}

interface Labels {
  activeLinks: string;
  noActiveLinks: string;
  revoke: string;
  confirmRevoke: string;
  confirmRevokeInvite: string;
  failed: string;
}

/**
 * The workshop's links that still open something, each with *Cabut*: the link stops working and
 * the connections it opened are cut (an invite also removes whoever joined by it).
 */
export function ActiveLinks({ workshopId, links, labels }: { workshopId: string; links: ActiveLinkView[]; labels: Labels }) {
  const action = useJsonAction();
  return (
    <section data-testid="active-links">
      <h2>{labels.activeLinks}</h2>
      {action.failed && (
        <p className="plano-error" role="alert">
          {labels.failed}
        </p>
      )}
      {links.length === 0 && <p className="plano-muted">{labels.noActiveLinks}</p>}
      <ul className="plano-list">
        {links.map((link) => (
          <li key={link.id} className="plano-card" data-testid="active-link" data-kind={link.kind} style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
            <span style={{ flex: '1 1 240px' }}>
              <strong>{link.description}</strong>
              <br />
              <span className="plano-muted">{link.validUntil}</span>
            </span>
            <button
              className="plano-button secondary"
              type="button"
              style={{ color: 'var(--plano-danger)', borderColor: 'var(--plano-danger)' }}
              data-testid="revoke-link"
              disabled={action.busy}
              onClick={() => {
                if (confirm(link.kind === 'invite' ? labels.confirmRevokeInvite : labels.confirmRevoke)) void action.send('DELETE', `/api/workshops/${workshopId}/links/${link.id}`);
              }}
            >
              {labels.revoke}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
