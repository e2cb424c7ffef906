/**
 * Cross-site request forgery: a page elsewhere can make a signed-in browser send a request here.
 * Every state-changing request must therefore come from one of Plano's own pages (its Origin is
 * this site's, or, without an Origin, the browser says `Sec-Fetch-Site: same-origin`) and carry a
 * JSON body, which a page elsewhere cannot send without a preflight that Plano never grants.
 * Auth.js's form posts (with their own CSRF token) and the archive upload keep their content types.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { requestHost } from './publicOrigin';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Content types a route takes besides JSON. */
const OTHER_BODIES: { prefix: string; types: readonly string[] }[] = [
  { prefix: '/api/auth/', types: ['application/x-www-form-urlencoded'] },
  { prefix: '/api/workshops/import', types: ['multipart/form-data'] },
];

export interface CrossSiteOptions {
  publicUrl?: string;
  trustProxy: boolean;
}

/** Null when the request may go on; else why it is refused (answered with 403). */
export function crossSiteProblem(method: string | undefined, path: string, headers: IncomingHttpHeaders, options: CrossSiteOptions): string | null {
  if (!STATE_CHANGING.has(method ?? '')) return null;
  if (!fromThisSite(headers, options)) return 'cross-site request refused: it must come from a page of this site';
  const type = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json') return null;
  const other = OTHER_BODIES.find((entry) => path.startsWith(entry.prefix));
  if (other?.types.includes(type)) return null;
  return 'request body must be JSON (content-type: application/json)';
}

function fromThisSite(headers: IncomingHttpHeaders, options: CrossSiteOptions): boolean {
  const origin = headers.origin;
  if (!origin || origin === 'null') return headers['sec-fetch-site'] === 'same-origin';
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (options.publicUrl && parsed.origin === options.publicUrl) return true;
  // A browser sets Host to this server and Origin to the page's site; a page elsewhere cannot
  // make them agree. Scheme is not compared: a TLS proxy may or may not say it terminated TLS.
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host === requestHost(headers, options.trustProxy);
}
