/**
 * The one place the environment is read. Everything else receives a validated PlanoConfig.
 */
import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./.data'),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  /** The origin people reach Plano at (e.g. https://plano.example.org); links and redirects are built from it. */
  PUBLIC_URL: z
    .string()
    .url()
    .refine((value) => /^https?:$/.test(new URL(value).protocol), 'PUBLIC_URL must start with http:// or https://')
    .refine((value) => ['', '/'].includes(new URL(value).pathname) && !new URL(value).search && !new URL(value).hash, 'PUBLIC_URL must be an origin only (no path)')
    .optional(),
  /** Bearer token that opens /metrics (and the details of /readyz); absent: /metrics answers 404. */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  NODE_ENV: z.string().optional(),
  PLANO_DEV: z.string().optional(),
  /** 1: a reverse proxy in front sets X-Forwarded-For/-Host/-Proto; its last X-Forwarded-For entry is the client's address. */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /** Extra milliseconds an update waits to be written with others; 0: write at once, batching behind a write in flight. */
  PERSIST_BATCH_MS: z.coerce.number().int().min(0).max(1000).default(0),
  /** Milliseconds an unused board stays in memory. */
  IDLE_UNLOAD_MS: z.coerce.number().int().min(0).default(30_000),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).default(500),
  MAX_UPDATE_BYTES: z.coerce.number().int().min(1024).default(2 * 1024 * 1024),
  MAX_DOC_BYTES: z.coerce.number().int().min(1024).default(64 * 1024 * 1024),
  /** Minutes between backup copies of the embedded database; 0: only at shutdown. */
  BACKUP_INTERVAL_MINUTES: z.coerce.number().min(0).max(24 * 60).default(15),
  /** Backup copies kept in DATA_DIR/backups; 0: no backups. */
  BACKUP_KEEP: z.coerce.number().int().min(0).max(1000).default(8),
  MAX_MESSAGES_PER_SECOND: z.coerce.number().min(1).default(300),
  MAX_MESSAGE_BURST: z.coerce.number().min(1).default(1000),
});

export interface PlanoConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** Embedded database in memory instead of dataDir (tests and benchmarks only; not from env). */
  inMemoryDatabase?: boolean;
  redisUrl?: string;
  /** Origin (scheme://host[:port]) links and redirects are built from; absent: the request's Host. */
  publicUrl?: string;
  /** Bearer token for /metrics and /readyz details; absent: /metrics is not served. */
  metricsToken?: string;
  /** Given by the environment; when absent the server generates one and keeps it in dataDir. */
  authSecret?: string;
  dev: boolean;
  /** A reverse proxy in front of Plano reports client addresses and the public host and scheme (X-Forwarded-*). */
  trustProxy: boolean;
  /** Backup copies of the embedded database (not used with DATABASE_URL). */
  backups: {
    /** Between two timed backups; 0: only at shutdown. */
    everyMs: number;
    /** Copies kept; 0: no backups. */
    keep: number;
  };
  limits: {
    persistBatchMs: number;
    idleUnloadMs: number;
    compactAfterUpdates: number;
    maxUpdateBytes: number;
    maxAwarenessBytes: number;
    maxDocBytes: number;
    messagesPerSecond: number;
    messageBurst: number;
    maxBufferedBytes: number;
    /** How often a silent connection is pinged; one that has not answered by the next ping is dropped. */
    heartbeatMs: number;
    /** Largest request body of a JSON route (and the sign-in form), in bytes. */
    maxJsonBodyBytes: number;
    /** How often open connections are checked against revoked links, ended sessions and removed people. */
    revalidateConnectionsMs: number;
  };
}

export function loadConfig(env: Record<string, string | undefined> = process.env): PlanoConfig {
  // An empty variable (`DATABASE_URL=` in a shell or .env file) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    publicUrl: e.PUBLIC_URL === undefined ? undefined : new URL(e.PUBLIC_URL).origin,
    metricsToken: e.METRICS_TOKEN,
    authSecret: e.AUTH_SECRET,
    dev: e.PLANO_DEV === '1',
    trustProxy: e.TRUST_PROXY === '1',
    backups: { everyMs: Math.round(e.BACKUP_INTERVAL_MINUTES * 60_000), keep: e.BACKUP_KEEP },
    limits: {
      persistBatchMs: e.PERSIST_BATCH_MS,
      idleUnloadMs: e.IDLE_UNLOAD_MS,
      compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
      maxUpdateBytes: e.MAX_UPDATE_BYTES,
      maxAwarenessBytes: 64 * 1024,
      maxDocBytes: e.MAX_DOC_BYTES,
      messagesPerSecond: e.MAX_MESSAGES_PER_SECOND,
      messageBurst: e.MAX_MESSAGE_BURST,
      maxBufferedBytes: 16 * 1024 * 1024,
      heartbeatMs: 15_000,
      maxJsonBodyBytes: 256 * 1024,
      // Two seconds: a revoked link's connections on another instance are cut within 5 s.
      revalidateConnectionsMs: 2000,
    },
  };
}

/** Process-wide settings Plano imposes on its libraries: Next must not send telemetry (the venue may have no internet). */
export function applyProcessDefaults(env: Record<string, string | undefined> = process.env): void {
  env.NEXT_TELEMETRY_DISABLED = '1';
}
