/**
 * /healthz (the process answers), /readyz (it can serve: database and, when configured, Redis
 * reachable) and /metrics (Prometheus). Answered by the custom server before Next, so they work
 * without the web app and cost no render.
 *
 * Who may see what: /healthz says up and nothing else, to anyone. /readyz tells anyone ready or
 * not (200/503, what a load balancer needs) and only a caller with the metrics token which part
 * is down. /metrics needs that token as a bearer token; without METRICS_TOKEN it does not exist.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { PROMETHEUS_CONTENT_TYPE, type MetricsRegistry } from './metrics';

export interface HealthChecks {
  /** Resolves when the database answers a trivial query. */
  pingDatabase(): Promise<void>;
  /** Whether Redis is reachable; absent when the instance runs without Redis. */
  redisConnected?: () => boolean;
  metrics: MetricsRegistry;
  /** Bearer token for /metrics and the details of /readyz; absent: /metrics answers 404. */
  metricsToken?: string;
}

/** A database that takes longer than this to answer `select 1` counts as down, in milliseconds. */
const DATABASE_PING_TIMEOUT_MS = 2000;

type Status = 'up' | 'down' | 'not configured';

/** Returns a handler that answers the three paths and returns false for any other request. */
export function createHealthRoutes(checks: HealthChecks): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  async function readiness(): Promise<{ database: Status; redis: Status }> {
    const database = await withTimeout(checks.pingDatabase(), DATABASE_PING_TIMEOUT_MS).then(
      (): Status => 'up',
      (): Status => 'down',
    );
    const redis: Status = checks.redisConnected ? (checks.redisConnected() ? 'up' : 'down') : 'not configured';
    return { database, redis };
  }

  const holdsToken = (req: http.IncomingMessage) => checks.metricsToken !== undefined && bearerMatches(req.headers.authorization, checks.metricsToken);

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = (req.url ?? '/').split('?')[0];
    switch (path) {
      case '/healthz':
        send(res, 200, 'application/json', JSON.stringify({ status: 'ok' }));
        return true;
      case '/readyz':
        void readiness().then((state) => {
          const ready = state.database === 'up' && state.redis !== 'down';
          const details = holdsToken(req) ? state : {};
          send(res, ready ? 200 : 503, 'application/json', JSON.stringify({ status: ready ? 'ready' : 'not ready', ...details }));
        });
        return true;
      case '/metrics':
        if (checks.metricsToken === undefined) send(res, 404, 'text/plain; charset=utf-8', 'Not Found\n');
        else if (!holdsToken(req)) send(res, 401, 'text/plain; charset=utf-8', 'metrics need the bearer token (METRICS_TOKEN)\n', { 'www-authenticate': 'Bearer realm="plano metrics"' });
        else send(res, 200, PROMETHEUS_CONTENT_TYPE, checks.metrics.render());
        return true;
      default:
        return false;
    }
  };
}

/** Compares digests, so the time taken says nothing about how much of the token matched. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/i.exec(header ?? '');
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1].trim()), digest(token));
}

function send(res: http.ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', ...headers }).end(body);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
