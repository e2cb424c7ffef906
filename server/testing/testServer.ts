/**
 * Test support: a real Plano server (no Next) on port 0 with a seeded facilitator and workshop,
 * and stock y-websocket clients connected to it. Used by server tests and the benchmark.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { Role } from '@/lib/auth/capabilities';
import { loadConfig, type PlanoConfig } from '../config';
import { createUser } from '../db/users';
import { createWorkshop, type CreatedWorkshop } from '../db/workshops';
import { createPlanoServer, type PlanoServer } from '../http/createPlanoServer';
import { createLogger } from '../log';

export interface TestServerOptions {
  databaseUrl?: string;
  /** Redis for fan-out between instances (several servers on one PostgreSQL). */
  redisUrl?: string;
  /** On-disk embedded database folder; default: embedded in memory. */
  dataDir?: string;
  limits?: Partial<PlanoConfig['limits']>;
  /** Settings that come from the environment in production (PUBLIC_URL, METRICS_TOKEN, TRUST_PROXY). */
  settings?: Partial<Pick<PlanoConfig, 'publicUrl' | 'metricsToken' | 'trustProxy'>>;
  quiet?: boolean;
}

export interface TestServer {
  server: PlanoServer;
  workshop: CreatedWorkshop;
  facilitatorId: string;
  wsBase: string;
  tokenFor(docName: string, role: Role, groupId?: string | null, workshopId?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const base = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'plano-test-'))) });
  const config: PlanoConfig = {
    ...base,
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    inMemoryDatabase: !options.dataDir && !options.databaseUrl,
    limits: { ...base.limits, ...options.limits },
    ...options.settings,
  };
  const server = await createPlanoServer(config, createLogger({ quiet: options.quiet ?? true }));
  const { sql, tokens } = server.runtime;
  const facilitator = await createUser(sql, { email: `f-${Date.now()}-${Math.random().toString(36).slice(2)}@test.local`, name: 'Fasilitator Uji', password: 'rahasia-uji-123' });
  const workshop = await createWorkshop(sql, { title: 'Lokakarya Uji', pdam: 'PDAM Uji', createdBy: facilitator.id });
  return {
    server,
    workshop,
    facilitatorId: facilitator.id,
    wsBase: `ws://127.0.0.1:${server.port}/yjs`,
    tokenFor: (docName, role, groupId = null, workshopId = workshop.id) =>
      tokens.sign({ principal: { userId: `${role}-${Math.random().toString(36).slice(2)}`, workshopId, role, groupId }, docName }, 3600),
    close: () => server.close(),
  };
}

export interface StockClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the first sync with the server finished. */
  synced: Promise<void>;
  destroy(): void;
}

/** The stock y-websocket client, exactly as an integrator would use it. */
export function connectStockClient(wsBase: string, docName: string, token: string | null, doc = new Y.Doc()): StockClient {
  const provider = new WebsocketProvider(wsBase, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: token ? { token } : {},
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', (isSynced: boolean) => isSynced && resolve());
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** The close code of the client's next connection close (0 when the socket gave none). */
export function nextCloseCode(client: StockClient): Promise<number> {
  return new Promise<number>((resolve) => client.provider.once('connection-close', (event: CloseEvent | null) => resolve(event?.code ?? 0)));
}

/** Polls until `check` holds, failing with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
