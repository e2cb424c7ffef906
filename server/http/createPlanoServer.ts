/**
 * Builds the one Plano process: the database, the rooms, auth, and an HTTP server that serves
 * Next (when given) and takes websocket upgrades on /yjs/<docName> on the same port.
 */
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { DEFAULT_ARCHIVE_LIMITS } from '../archive/archiveSchema';
import { revokedGrants } from '../auth/accessGrant';
import { createJoinGuard } from '../auth/joinGuard';
import { createSignInGuard } from '../auth/signInGuard';
import { createTrustedDevices } from '../auth/trustedDevice';
import { createAuthConfig } from '../auth/authConfig';
import { resolveAuthSecret } from '../auth/authSecret';
import { createDocTokens } from '../auth/docTokens';
import { createParticipantAuth } from '../auth/participantAuth';
import type { PlanoConfig } from '../config';
import { saveCheckpoint } from '../db/docCheckpoints';
import { createDocStore } from '../db/docStore';
import { endSession, startSession } from '../db/authSessions';
import type { PgliteMigration } from '../db/migrateFromPglite';
import { startDatabaseMaintenance, type DatabaseMaintenance } from '../db/databaseMaintenance';
import { EMBEDDED_DATABASE_FILE, openDatabase } from '../db/openDatabase';
import { lockDataFolderForServer } from '../db/serverLock';
import type { Sql } from '../db/Sql';
import { withoutParametersInErrors } from '../db/withoutParametersInErrors';
import { verifyCredentials } from '../db/users';
import type { RedisFanout } from '../fanout/redisFanout';
import { createHealthRoutes } from '../observability/healthRoutes';
import { sharedGroupCommit } from '../rooms/sharedGroupCommit';
import { instrumentStorage } from '../observability/instrumentStorage';
import { createPlanoMetrics } from '../observability/planoMetrics';
import { createRoomMetrics } from '../observability/roomMetrics';
import type { Logger } from '../log';
import { CloseCode } from '../rooms/closeCodes';
import { LIVE_POLICIES } from '../rooms/documentRules';
import { RoomRegistry } from '../rooms/RoomRegistry';
import { warmUp } from '../setup/warmUp';
import { setRuntime, type PlanoRuntime } from '../runtime';
import { createAccessSweep, type AccessSweep } from './accessSweep';
import { createConnectionAuthorizer } from './authorizeConnection';
import { boardCapacityExtension } from './boardCapacity';
import { createPrivateSpaces } from './privateSpaces';
import { createDocAccessCache } from './docAccessCache';
import { createFrontDoor, upgradeProblem } from './frontDoor';
import { createYjsUpgradeHandler, refuseUpgrade } from './yjsUpgrade';

export interface WebFrontend {
  handleRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> | void;
  handleUpgrade?(req: http.IncomingMessage, socket: Duplex, head: Buffer): Promise<void> | void;
}

export interface PlanoServer {
  runtime: PlanoRuntime;
  /** The port actually bound (useful with port 0 in tests). */
  port: number;
  url: string;
  /** The PGlite folder of an earlier version this start moved into SQLite, if it did. */
  pgliteMigration: PgliteMigration | null;
  /** Stops accepting, stores everything pending, closes peers and the database. */
  close(): Promise<void>;
}

/** Group commits allowed to overlap on PostgreSQL (it makes one disk flush serve several). */
const SERVER_DATABASE_WRITES_IN_FLIGHT = 4;

export async function createPlanoServer(
  config: PlanoConfig,
  log: Logger,
  createFrontend?: (runtime: PlanoRuntime) => Promise<WebFrontend>,
): Promise<PlanoServer> {
  const embeddedOnDisk = !config.databaseUrl && !config.inMemoryDatabase;
  if (embeddedOnDisk) await mkdir(config.dataDir, { recursive: true });
  const serverLock = embeddedOnDisk ? lockDataFolderForServer(config.dataDir) : null;
  let sql: Sql;
  let maintenance: DatabaseMaintenance | null = null;
  let pgliteMigration: PgliteMigration | null = null;
  try {
    // No statement's values in any error that leaves the data layer (they would reach the log).
    sql = withoutParametersInErrors(await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      inMemory: config.inMemoryDatabase,
      onPgliteMigrated: (migration) => {
        pgliteMigration = migration;
        log.info('moved the PGlite folder of an earlier version into SQLite', { from: migration.from, to: migration.to, rows: migration.rows });
      },
      onError: (error) => log.error('flushing the database to the disk failed', { error: String(error) }),
      checkpointedElsewhere: embeddedOnDisk,
      onCommit: () => maintenance?.noteWrite(),
    }));
  } catch (error) {
    serverLock?.release();
    throw error;
  }
  maintenance = embeddedOnDisk
    ? startDatabaseMaintenance({
        file: path.join(config.dataDir, EMBEDDED_DATABASE_FILE),
        backupDir: path.join(config.dataDir, 'backups'),
        backupEveryMs: config.backups.everyMs,
        keepBackups: config.backups.keep,
        onError: (message) => log.error(message),
      })
    : null;
  const authSecret = await resolveAuthSecret(config.dataDir, config.authSecret);
  const docStore = createDocStore(sql);
  const metrics = createPlanoMetrics();
  const roomMetrics = createRoomMetrics(metrics);
  // Only with REDIS_URL: one instance alone needs no fan-out.
  // The Redis client is loaded only with REDIS_URL: a venue laptop never needs it.
  const fanout: RedisFanout | null = config.redisUrl
    ? (await import('../fanout/redisFanout')).createRedisFanout({ redisUrl: config.redisUrl, storage: docStore, metrics, log })
    : null;
  // Reveals need the registry they are part of: handed over once it exists.
  let registryRef: RoomRegistry | null = null;
  const privateSpaces = createPrivateSpaces({ sql, log, registry: () => registryRef! });
  const registry = new RoomRegistry({
    storage: instrumentStorage(
      {
        ...docStore,
        ...sharedGroupCommit(docStore, { maxInFlight: sql.dialect === 'sqlite' ? 1 : SERVER_DATABASE_WRITES_IN_FLIGHT }),
        saveCheckpoint: (docName, state) => saveCheckpoint(sql, docName, state),
      },
      metrics,
    ),
    limits: {
      maxDocBytes: config.limits.maxDocBytes,
      persistBatchMs: config.limits.persistBatchMs,
      compactAfterUpdates: config.limits.compactAfterUpdates,
      policies: LIVE_POLICIES,
    },
    idleUnloadMs: config.limits.idleUnloadMs,
    extensions: [roomMetrics.extension, boardCapacityExtension, ...(fanout ? [fanout] : []), privateSpaces.extension],
    lifecycles: [roomMetrics.lifecycle, ...(fanout ? [fanout] : []), privateSpaces.lifecycle],
    log,
  });
  registryRef = registry;
  const tokens = createDocTokens(authSecret);
  const participantAuth = createParticipantAuth(authSecret);
  const signIns = createSignInGuard();
  const joins = createJoinGuard();
  const devices = createTrustedDevices(authSecret);
  const authConfig = createAuthConfig({
    secret: authSecret,
    verifyCredentials: (email, password) => verifyCredentials(sql, email, password),
    signIns,
    devices,
    sessions: { start: (userId) => startSession(sql, userId), end: (sessionId) => endSession(sql, sessionId) },
  });
  const docAccess = createDocAccessCache(sql, log);
  let sweep: AccessSweep | null = null;
  const runtime: PlanoRuntime = {
    config, sql, docStore, registry, tokens, participantAuth, docAccess, authSecret, authConfig, joins, signIns, devices, privateSpaces, log,
    revalidateConnections: () => sweep?.runNow() ?? Promise.resolve(),
  };
  setRuntime(runtime);

  const yjs = createYjsUpgradeHandler({
    registry,
    authorize: createConnectionAuthorizer(runtime),
    limits: config.limits,
    maxFrameBytes: config.limits.maxUpdateBytes + 1024,
    heartbeatMs: config.limits.heartbeatMs,
    log,
    // The server's refusals of a peer (malformed, too large, removed, flooding, too slow);
    // shutting down and reconnect-for-new-rights are not errors.
    onClose: (code) => {
      if (code >= 4400 && code < 4600 && code !== CloseCode.shuttingDown && code !== CloseCode.accessChanged) metrics.protocolErrors.inc(1, { code: String(code) });
    },
  });
  sweep = createAccessSweep({ intervalMs: config.limits.revalidateConnectionsMs, connections: () => yjs.connections(), revoked: (grants) => revokedGrants(sql, grants), log });
  metrics.registry.gauge('plano_connections', 'Open websocket connections.', () => yjs.connectionCount);
  metrics.registry.gauge('plano_rooms_loaded', 'Documents held in memory.', () => registry.loadedCount);
  metrics.registry.gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', () => process.memoryUsage.rss());
  const health = createHealthRoutes({
    pingDatabase: async () => void (await sql.query('select 1')),
    redisConnected: fanout ? () => fanout.connected : undefined,
    metrics: metrics.registry,
    metricsToken: config.metricsToken,
  });
  const frontend = createFrontend ? await createFrontend(runtime) : null;
  await warmUp(docStore);

  const frontDoor = createFrontDoor({ ...config, bodyLimits: { maxJsonBodyBytes: config.limits.maxJsonBodyBytes, maxArchiveBytes: DEFAULT_ARCHIVE_LIMITS.maxArchiveBytes } });
  const server = http.createServer((req, res) => {
    if (frontDoor(req, res)) return;
    if (health(req, res)) return;
    if (!frontend) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    Promise.resolve(frontend.handleRequest(req, res)).catch((error: unknown) => {
      log.error('request failed', { path: req.url?.split('?')[0], error: String(error) });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.on('upgrade', (req, socket, head) => {
    const problem = upgradeProblem(req, config);
    if (problem) return refuseUpgrade(socket, problem.status, problem.reason);
    if (yjs.handle(req, socket, head)) return;
    if (frontend?.handleUpgrade) void Promise.resolve(frontend.handleUpgrade(req, socket, head));
    else socket.destroy();
  });
  // A request Node cannot parse (a raw NUL in the path, an oversized header) gets a plain 400/431.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  let closing: Promise<void> | null = null;
  return {
    runtime,
    port,
    url: `http://127.0.0.1:${port}`,
    pgliteMigration,
    close() {
      closing ??= (async () => {
        server.close();
        await sweep?.stop();
        await privateSpaces.settled();
        await registry.closeAll();
        // After the rooms: their last commits are still published to the other instances.
        await fanout?.close();
        yjs.close();
        server.closeAllConnections();
        // After the rooms' last writes: the shutdown backup holds them.
        await maintenance?.close();
        await sql.close();
        serverLock?.release();
        setRuntime(undefined);
      })();
      return closing;
    },
  };
}
