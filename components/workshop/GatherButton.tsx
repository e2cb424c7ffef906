'use client';

import { useState, type CSSProperties } from 'react';
import { format } from '@/lib/i18n/translate';

export interface GatherButtonLabels {
  gather: string;
  gathering: string;
  /** With `{added}` and `{skipped}`. */
  added: string;
  failed: string;
}

/** A group the facilitator may leave out of a gathering. */
export interface GatherGroupChoice {
  id: string;
  name: string;
  color: string;
}

type GatherState = { status: 'idle' } | { status: 'busy' } | { status: 'done'; added: number; skipped: number } | { status: 'failed' };

const chipStyle: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: 8,
  minHeight: 44,
  padding: '0 14px 0 10px',
  borderRadius: 22,
  border: '2px solid #cbd5e0',
  background: '#fff',
  cursor: 'pointer',
  userSelect: 'none',
};

/**
 * The facilitator brings the group boards' cards onto the plenary board, and sees how many came.
 * Given the session's groups, every group is chosen first and a tap leaves one out (a group that
 * has not presented yet); without them, every group is gathered.
 */
export function GatherButton({
  workshopId,
  labels,
  groups,
  chooseLabel,
}: {
  workshopId: string;
  labels: GatherButtonLabels;
  groups?: readonly GatherGroupChoice[];
  /** Legend of the group chooser, shown with `groups`. */
  chooseLabel?: string;
}) {
  const [state, setState] = useState<GatherState>({ status: 'idle' });
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const chosen = groups?.filter((group) => !leftOut.has(group.id)) ?? null;
  const toggle = (groupId: string) =>
    setLeftOut((current) => {
      const next = new Set(current);
      if (!next.delete(groupId)) next.add(groupId);
      return next;
    });

  const gather = async () => {
    setState({ status: 'busy' });
    // All chosen: no list, so a group formed since this page loaded is gathered too.
    const body = chosen && leftOut.size > 0 ? { groupIds: chosen.map((group) => group.id) } : {};
    try {
      const response = await fetch(`/api/workshops/${workshopId}/gather`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) {
        setState({ status: 'failed' });
        return;
      }
      const result = (await response.json()) as { added: number; skipped: number };
      setState({ status: 'done', added: result.added, skipped: result.skipped });
    } catch (error) {
      console.error('gathering to the plenary failed', error);
      setState({ status: 'failed' });
    }
  };
  return (
    <>
      {groups && groups.length > 0 && (
        <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }} data-testid="gather-groups">
          {chooseLabel && <legend style={{ padding: 0, marginBottom: 6 }}>{chooseLabel}</legend>}
          {groups.map((group) => {
            const on = !leftOut.has(group.id);
            return (
              <label key={group.id} style={{ ...chipStyle, borderColor: on ? group.color : '#cbd5e0', opacity: on ? 1 : 0.6 }} data-testid="gather-group" data-group={group.id}>
                <input type="checkbox" checked={on} onChange={() => toggle(group.id)} style={{ width: 22, height: 22, accentColor: group.color }} />
                {group.name}
              </label>
            );
          })}
        </fieldset>
      )}
      <button
        type="button"
        className="plano-button"
        disabled={state.status === 'busy' || chosen?.length === 0}
        data-testid="gather-to-plenary"
        onClick={() => void gather()}
      >
        {state.status === 'busy' ? labels.gathering : labels.gather}
      </button>
      {state.status === 'done' && (
        <span role="status" data-testid="gather-result" data-added={state.added} data-skipped={state.skipped}>
          {format(labels.added, { added: state.added, skipped: state.skipped })}
        </span>
      )}
      {state.status === 'failed' && (
        <span className="plano-error" role="alert">
          {labels.failed}
        </span>
      )}
    </>
  );
}
