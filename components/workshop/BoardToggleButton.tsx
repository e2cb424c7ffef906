'use client';

import { useJsonAction } from '../ui/useJsonAction';

/**
 * A facilitator's switch on one board: lock it (the server then refuses participants' writes), or
 * open it for participants' writes (the plenary). The server enforces either; this only asks.
 */
export function BoardToggleButton(props: { docName: string; setting: 'lock' | 'open'; on: boolean; labels: { turnOn: string; turnOff: string; failed: string } }) {
  const { docName, setting, on, labels } = props;
  const { send, failed, busy } = useJsonAction();
  const body = setting === 'lock' ? { locked: !on } : { open: !on };
  return (
    <>
      <button
        type="button"
        className="plano-button secondary"
        disabled={busy}
        data-testid={setting === 'lock' ? 'lock-board' : 'open-board'}
        data-on={on}
        onClick={() => void send('PUT', `/api/boards/${docName}/${setting}`, body)}
      >
        {on ? labels.turnOff : labels.turnOn}
      </button>
      {failed && <span className="plano-error" role="alert">{labels.failed}</span>}
    </>
  );
}
