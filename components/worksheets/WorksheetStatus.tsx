import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { ConnectionState } from './useWorksheetDoc';

/** The sheet's connection (announced to screen readers) and, for someone who may only read, a note saying so. */
export function WorksheetStatus({ connection, canWrite, t }: { connection: ConnectionState; canWrite: boolean; t: Dictionary }) {
  return (
    <>
      <p className="plano-muted" role="status" data-testid="connection">
        {t.worksheets.connection[connection]}
      </p>
      {!canWrite && <p className="plano-muted">{t.worksheets.readOnly}</p>}
    </>
  );
}
