/** Messages between the bench process and its Plano server child (bench/planoChild.ts), over IPC. */
import type { PlanoConfig } from '../server/config';

export interface PlanoChildOptions {
  /** Folder for the server's data (the embedded database lives in `<dataDir>/pglite`). */
  dataDir: string;
  /** Embedded database in memory instead of on disk under dataDir (diagnostics only). */
  inMemory?: boolean;
  /** PostgreSQL instead of the embedded database. */
  databaseUrl?: string;
  /** Redis fan-out to other instances on the same PostgreSQL. */
  redisUrl?: string;
  limits?: Partial<PlanoConfig['limits']>;
  /** Create extra workshops until at least this many documents exist. */
  minDocs?: number;
}

export interface BenchDoc {
  name: string;
  workshopId: string;
}

export type ChildRequest =
  | { id: number; cmd: 'tokens'; docs: BenchDoc[] }
  | { id: number; cmd: 'loadedRooms' }
  | { id: number; cmd: 'close' };

export type ChildMessage =
  | { type: 'ready'; wsBase: string; docs: BenchDoc[] }
  | { type: 'failed'; error: string }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: string };

export const CHILD_OPTIONS_ENV = 'PLANO_BENCH_CHILD_OPTIONS';
