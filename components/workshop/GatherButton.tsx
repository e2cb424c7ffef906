'use client';

import { useState } from 'react';
import { format } from '@/lib/i18n/translate';

export interface GatherButtonLabels {
  gather: string;
  gathering: string;
  /** With `{added}` and `{skipped}`. */
  added: string;
  failed: string;
}

type GatherState = { status: 'idle' } | { status: 'busy' } | { status: 'done'; added: number; skipped: number } | { status: 'failed' };

/** The facilitator brings every group board's cards onto the plenary board, and sees how many came. */
export function GatherButton({ workshopId, labels }: { workshopId: string; labels: GatherButtonLabels }) {
  const [state, setState] = useState<GatherState>({ status: 'idle' });
  const gather = async () => {
    setState({ status: 'busy' });
    try {
      const response = await fetch(`/api/workshops/${workshopId}/gather`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
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
      <button type="button" className="plano-button" disabled={state.status === 'busy'} data-testid="gather-to-plenary" onClick={() => void gather()}>
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
