'use client';

import { useState, type FormEvent } from 'react';
import type { Role } from '@/lib/auth/capabilities';
import { GROUP_COLORS } from '@/lib/workshop/groupColors';
import { useJsonAction } from '../ui/useJsonAction';

export interface PeopleLabels {
  groupSettings: string;
  newGroup: string;
  addGroup: string;
  rename: string;
  groupColor: string;
  save: string;
  participants: string;
  noParticipants: string;
  role: string;
  group: string;
  noGroup: string;
  remove: string;
  confirmRemove: string;
  roles: Record<Role, string>;
  failed: string;
}

interface GroupView {
  id: string;
  name: string;
  color: string;
}

interface ParticipantView {
  id: string;
  name: string;
  organisation: string | null;
  role: Role;
  groupId: string | null;
}

/**
 * The facilitator's people screen: groups (create, rename) and everyone who joined (role, group,
 * remove). Every control is a plain tap target; the server checks each change again.
 */
export function PeopleManager({ workshopId, groups, participants, labels }: { workshopId: string; groups: GroupView[]; participants: ParticipantView[]; labels: PeopleLabels }) {
  const action = useJsonAction();
  const error = action.failed;
  const [renaming, setRenaming] = useState<string | null>(null);
  const send = (method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: object) => action.send(method, `/api/workshops/${workshopId}${path}`, body);

  async function addGroup(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (name && (await send('POST', '/groups', { name }))) form.reset();
  }

  async function renameGroup(event: FormEvent<HTMLFormElement>, groupId: string) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    if (name && (await send('PATCH', `/groups/${groupId}`, { name }))) setRenaming(null);
  }

  return (
    <div style={{ display: 'grid', gap: 24 }}>
      {error && (
        <p className="plano-error" role="alert">
          {labels.failed}
        </p>
      )}
      <section>
        <h2>{labels.groupSettings}</h2>
        <ul className="plano-list" data-testid="group-list">
          {groups.map((group) => (
            <li key={group.id} className="plano-card" style={{ borderLeft: `12px solid ${group.color}`, display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }} data-testid="group-row">
              {renaming === group.id ? (
                <form onSubmit={(event) => void renameGroup(event, group.id)} style={{ display: 'flex', gap: 8, flex: 1 }}>
                  <input name="name" defaultValue={group.name} maxLength={60} aria-label={labels.rename} style={{ flex: 1, minHeight: 44, fontSize: '1rem' }} autoFocus />
                  <button className="plano-button" type="submit">
                    {labels.save}
                  </button>
                </form>
              ) : (
                <>
                  <strong style={{ flex: 1 }}>{group.name}</strong>
                  <span className="plano-muted">{participants.filter((p) => p.groupId === group.id).length}</span>
                  <span role="group" aria-label={labels.groupColor} style={{ display: 'flex', gap: 4 }}>
                    {GROUP_COLORS.map((color) => (
                      <button
                        key={color}
                        type="button"
                        aria-label={`${labels.groupColor} ${color}`}
                        aria-pressed={group.color === color}
                        data-testid="group-color"
                        onClick={() => void send('PATCH', `/groups/${group.id}`, { color })}
                        style={{ width: 44, height: 44, borderRadius: 22, background: color, border: group.color === color ? '4px solid #111' : '2px solid #fff', cursor: 'pointer' }}
                      />
                    ))}
                  </span>
                  <button className="plano-button secondary" type="button" onClick={() => setRenaming(group.id)}>
                    {labels.rename}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
        <form onSubmit={(event) => void addGroup(event)} style={{ display: 'flex', gap: 8, marginTop: 12 }}>
          <input name="name" placeholder={labels.newGroup} aria-label={labels.newGroup} maxLength={60} required style={{ flex: 1, minHeight: 44, fontSize: '1rem', padding: '0 12px' }} data-testid="new-group-name" />
          <button className="plano-button" type="submit" data-testid="add-group">
            {labels.addGroup}
          </button>
        </form>
      </section>
      <section>
        <h2>{labels.participants}</h2>
        {participants.length === 0 && <p className="plano-muted">{labels.noParticipants}</p>}
        <ul className="plano-list">
          {participants.map((person) => (
            <li key={person.id} className="plano-card" data-testid="participant-row" data-name={person.name} style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
              <span style={{ flex: '1 1 200px' }}>
                <strong>{person.name}</strong>
                {person.organisation && <span className="plano-muted"> · {person.organisation}</span>}
              </span>
              <select
                aria-label={labels.group}
                value={person.groupId ?? ''}
                onChange={(event) => void send('PATCH', `/participants/${person.id}`, { groupId: event.target.value || null })}
                style={{ minHeight: 44, fontSize: '1rem' }}
                data-testid="participant-group"
              >
                <option value="">{labels.noGroup}</option>
                {groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
              <select
                aria-label={labels.role}
                value={person.role}
                onChange={(event) => void send('PATCH', `/participants/${person.id}`, { role: event.target.value })}
                style={{ minHeight: 44, fontSize: '1rem' }}
                data-testid="participant-role"
              >
                {(['participant', 'observer', 'facilitator'] as const).map((role) => (
                  <option key={role} value={role}>
                    {labels.roles[role]}
                  </option>
                ))}
              </select>
              <button
                className="plano-button secondary"
                type="button"
                style={{ color: 'var(--plano-danger)', borderColor: 'var(--plano-danger)' }}
                data-testid="remove-participant"
                onClick={() => {
                  if (confirm(labels.confirmRemove.replace('{name}', person.name))) void send('DELETE', `/participants/${person.id}`);
                }}
              >
                {labels.remove}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
