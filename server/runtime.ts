/**
 * The live server's shared parts (database, rooms, auth), handed to Next's route handlers and
 * server components. Next bundles those separately from the custom server, so the handle is kept
 * on globalThis under a registered symbol rather than in a module variable.
 */
import type { AuthConfig } from '@auth/core';
import type { DocTokens } from './auth/docTokens';
import type { JoinGuard } from './auth/joinGuard';
import type { ParticipantAuth } from './auth/participantAuth';
import type { SignInGuard } from './auth/signInGuard';
import type { TrustedDevices } from './auth/trustedDevice';
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
  /** Wrong join codes per client address, with the room's own code exempt at its venue. */
  joins: JoinGuard;
  /** Wrong facilitator passwords per account, address and trusted device. */
  signIns: SignInGuard;
  /** Cookies that mark devices a facilitator has signed in on. */
  devices: TrustedDevices;
  /** Reveals of private cards and ballots into their boards (`settled()` waits for those under way). */
  privateSpaces: Pick<PrivateSpaces, 'settled'>;
  log: Logger;
  /** Checks every open connection's access now and cuts those whose link, session or membership ended. */
  revalidateConnections(): Promise<void>;
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
