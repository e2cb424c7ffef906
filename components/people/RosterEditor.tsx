'use client';

import type { FormEvent } from 'react';
import { ROSTER_ROLES, type RosterRole } from '@/lib/workshop/rosterRoles';
import { useJsonAction } from '../ui/useJsonAction';

interface Labels {
  roster: string;
  noRoster: string;
  rosterName: string;
  organisation: string;
  position: string;
  rosterRole: string;
  addToRoster: string;
  remove: string;
  failed: string;
}

/** The Pokja and stakeholders the STPP is drafted with: name, organisation, position, role. */
export function RosterEditor(props: {
  workshopId: string;
  entries: { id: string; name: string; organisation: string | null; position: string | null; role: RosterRole }[];
  roleLabels: Record<RosterRole, string>;
  labels: Labels;
}) {
  const { workshopId, entries, roleLabels, labels } = props;
  const { send, failed } = useJsonAction();
  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim() || null;
    if (await send('POST', `/api/workshops/${workshopId}/roster`, { name: text('name'), organisation: text('organisation'), position: text('position'), role: data.get('role') })) form.reset();
  }
  return (
    <section>
      <h2>{labels.roster}</h2>
      {failed && (
        <p className="plano-error" role="alert">
          {labels.failed}
        </p>
      )}
      {entries.length === 0 && <p className="plano-muted">{labels.noRoster}</p>}
      <ul className="plano-list" data-testid="roster">
        {entries.map((entry) => (
          <li key={entry.id} className="plano-card" data-testid="roster-entry" style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
            <span style={{ flex: '1 1 240px' }}>
              <strong>{entry.name}</strong>
              {(entry.position || entry.organisation) && <span className="plano-muted"> · {[entry.position, entry.organisation].filter(Boolean).join(', ')}</span>}
            </span>
            <span className="plano-badge">{roleLabels[entry.role]}</span>
            <button className="plano-button secondary" type="button" onClick={() => void send('DELETE', `/api/workshops/${workshopId}/roster/${entry.id}`)}>
              {labels.remove}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void add(event)} className="plano-card" style={{ marginTop: 12 }} data-testid="add-roster-entry">
        <div style={{ display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))' }}>
          <label className="plano-field">
            <span>{labels.rosterName}</span>
            <input name="name" required maxLength={120} />
          </label>
          <label className="plano-field">
            <span>{labels.organisation}</span>
            <input name="organisation" maxLength={160} />
          </label>
          <label className="plano-field">
            <span>{labels.position}</span>
            <input name="position" maxLength={160} />
          </label>
          <label className="plano-field">
            <span>{labels.rosterRole}</span>
            <select name="role" defaultValue="pokja-member" style={{ minHeight: 44, fontSize: '1rem' }}>
              {ROSTER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleLabels[role]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <button className="plano-button" type="submit">
          {labels.addToRoster}
        </button>
      </form>
    </section>
  );
}
