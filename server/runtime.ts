/**
 * The live server's shared parts (database, rooms, auth), handed to Next's route handlers and
 * server components. Next bundles those separately from the custom server, so the handle is kept
 * on globalThis under a registered symbol rather than in a module variable.
 */
import type { AuthConfig } from '@auth/core';
import type { AttemptLimiter } from './auth/attemptLimiter';
import type { DocTokens } from './auth/docTokens';
import type { ParticipantAuth } from './auth/participantAuth';
import type { PlanoConfig } from './config';
import type { DocStore } from './db/docStore';
import type { Sql } from './db/Sql';
import type { DocAccessCache } from './http/docAccessCache';
import type { PrivateSpaces } from './http/privateSpaces';
import type { Logger } from './log';
import type { RoomRegistry } from './rooms/RoomRegistry';

export interface PlanoRuntime {
  config: PlanoConfig;
  sql: Sql;
  docStore: DocStore;
  registry: RoomRegistry;
  tokens: DocTokens;
  participantAuth: ParticipantAuth;
  /** Live access rules of open documents (locks, opened plenary), checked on every message. */
  docAccess: DocAccessCache;
  authSecret: string;
  authConfig: AuthConfig;
  /** Wrong join codes and invite links per client address. */
  failedJoins: AttemptLimiter;
  /** Wrong facilitator passwords per client address. */
  failedSignIns: AttemptLimiter;
  /** Reveals of private cards and ballots into their boards (`settled()` waits for those under way). */
  privateSpaces: Pick<PrivateSpaces, 'settled'>;
  log: Logger;
}

const KEY = Symbol.for('plano.runtime');
type Holder = { [KEY]?: PlanoRuntime };

export function setRuntime(runtime: PlanoRuntime | undefined): void {
  (globalThis as Holder)[KEY] = runtime;
}

export function getRuntime(): PlanoRuntime {
  const runtime = (globalThis as Holder)[KEY];
  if (!runtime) throw new Error('Plano runtime is not started: run the app with `npm start` (server/main.ts).');
  return runtime;
}
