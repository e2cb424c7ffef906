/**
 * Checks every open connection's access again, every `intervalMs` and on demand: a board link
 * revoked, a session ended (sign-out, password change), a co-facilitator removed or a participant
 * removed, on this instance or another one, closes the connections it opened (4410). The
 * database is the only truth shared between instances, so each instance asks it.
 */
import type { AccessGrant } from '../auth/accessGrant';
import type { Logger } from '../log';
import { CloseCode } from '../rooms/closeCodes';
import type { OpenConnection } from './yjsUpgrade';

export interface AccessSweep {
  /** Checks now (after a revocation on this instance: no need to wait for the next round). */
  runNow(): Promise<void>;
  /** No more rounds; resolves once a round under way has finished. */
  stop(): Promise<void>;
}

export interface AccessSweepOptions {
  intervalMs: number;
  connections: () => OpenConnection[];
  revoked: (grants: AccessGrant[]) => Promise<boolean[]>;
  log: Logger;
}

export function createAccessSweep({ intervalMs, connections, revoked, log }: AccessSweepOptions): AccessSweep {
  let running: Promise<void> | null = null;
  let again = false;

  async function sweep(): Promise<void> {
    // Connections on a CLI token rest on nothing revocable.
    const checked = connections().filter((connection) => connection.grant.kind !== 'token');
    if (checked.length === 0) return;
    const verdicts = await revoked(checked.map((connection) => connection.grant));
    checked.forEach((connection, index) => {
      if (verdicts[index]) connection.close(CloseCode.accessRevoked, 'access revoked');
    });
  }

  /** One sweep at a time; a request during one runs one more right after it. */
  function runNow(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await sweep();
        } catch (error) {
          log.error('checking open connections failed', { error: String(error) });
        }
      } while (again);
    })().finally(() => (running = null));
    return running;
  }

  const timer = setInterval(() => void runNow(), intervalMs);
  timer.unref();
  return {
    runNow,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
