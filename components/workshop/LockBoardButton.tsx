'use client';

import { useJsonAction } from '../ui/useJsonAction';

/** The facilitator locks a board (the server then refuses participants' writes) or unlocks it. */
export function LockBoardButton({ docName, locked, labels }: { docName: string; locked: boolean; labels: { lock: string; unlock: string; failed: string } }) {
  const { send, failed, busy } = useJsonAction();
  return (
    <>
      <button
        type="button"
        className="plano-button secondary"
        disabled={busy}
        data-testid="lock-board"
        data-locked={locked}
        onClick={() => void send('PUT', `/api/boards/${docName}/lock`, { locked: !locked })}
      >
        {locked ? labels.unlock : labels.lock}
      </button>
      {failed && <span className="plano-error" role="alert">{labels.failed}</span>}
    </>
  );
}
