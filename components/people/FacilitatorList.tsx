'use client';

import { useJsonAction } from '../ui/useJsonAction';

export interface FacilitatorView {
  userId: string;
  name: string;
  email: string;
  /** The creator and oneself cannot be removed here. */
  removable: boolean;
  note: string | null;
}

interface Labels {
  facilitators: string;
  removeFacilitator: string;
  confirmRemoveFacilitator: string;
  failed: string;
}

/** The workshop's facilitators; a co-facilitator can be removed, which closes their open boards of it. */
export function FacilitatorList({ workshopId, facilitators, labels }: { workshopId: string; facilitators: FacilitatorView[]; labels: Labels }) {
  const action = useJsonAction();
  return (
    <section data-testid="facilitator-list">
      <h2>{labels.facilitators}</h2>
      {action.failed && (
        <p className="plano-error" role="alert">
          {labels.failed}
        </p>
      )}
      <ul className="plano-list">
        {facilitators.map((person) => (
          <li key={person.userId} className="plano-card" data-testid="facilitator-row" data-email={person.email} data-user-id={person.userId} style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
            <span style={{ flex: '1 1 240px' }}>
              <strong>{person.name}</strong> <span className="plano-muted">· {person.email}</span>
              {person.note && <span className="plano-muted"> · {person.note}</span>}
            </span>
            {person.removable && (
              <button
                className="plano-button secondary"
                type="button"
                style={{ color: 'var(--plano-danger)', borderColor: 'var(--plano-danger)' }}
                data-testid="remove-facilitator"
                disabled={action.busy}
                onClick={() => {
                  if (confirm(labels.confirmRemoveFacilitator.replace('{name}', person.name))) void action.send('DELETE', `/api/workshops/${workshopId}/members/${person.userId}`);
                }}
              >
                {labels.removeFacilitator}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
