/**
 * The one notion of "where people reach Plano" (scheme://host[:port]), used for the links Plano
 * builds, the redirects it sends and the same-origin check on state-changing requests:
 * PUBLIC_URL when set; otherwise the request's Host header over http; behind a trusted reverse
 * proxy (TRUST_PROXY=1) the host and scheme that proxy reports in X-Forwarded-Host/-Proto.
 *
 * The custom server works it out once per request and stamps it on the request (replacing anything
 * the client sent), so route handlers and pages read one trusted value instead of re-deriving it.
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

export const PUBLIC_ORIGIN_HEADER = 'x-plano-origin';

export interface OriginOptions {
  /** PUBLIC_URL's origin, when configured. */
  publicUrl?: string;
  trustProxy: boolean;
}

/** host, IPv4 or [IPv6], with an optional port; what a browser can put in a Host header. */
const HOST_PATTERN = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/** The request's Host as people typed it (lowercased), or null when it is missing or malformed. */
export function requestHost(headers: IncomingHttpHeaders, trustProxy: boolean): string | null {
  const forwarded = trustProxy ? lastEntry(headers['x-forwarded-host']) : null;
  const host = (forwarded ?? headers.host ?? '').trim().toLowerCase();
  return HOST_PATTERN.test(host) ? host : null;
}

/** The public origin for a request, or null when its Host header is missing or malformed. */
export function publicOriginOf(headers: IncomingHttpHeaders, options: OriginOptions): string | null {
  if (options.publicUrl) return options.publicUrl;
  const host = requestHost(headers, options.trustProxy);
  if (!host) return null;
  const forwardedProto = options.trustProxy ? lastEntry(headers['x-forwarded-proto'])?.toLowerCase() : null;
  const scheme = forwardedProto === 'https' ? 'https' : 'http';
  return `${scheme}://${host}`;
}

/**
 * Headers a client could use to pose as the proxy. Without TRUST_PROXY they are dropped before Next
 * or Auth.js can read them (Next fills its own X-Forwarded-* from the socket and Host).
 */
const PROXY_HEADERS = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-forwarded-for', 'forwarded'] as const;

/** Drops untrusted proxy headers and stamps the public origin; false when the Host is unusable. */
export function stampPublicOrigin(req: IncomingMessage, options: OriginOptions): boolean {
  const origin = publicOriginOf(req.headers, options);
  if (!options.trustProxy) for (const name of PROXY_HEADERS) delete req.headers[name];
  delete req.headers[PUBLIC_ORIGIN_HEADER];
  if (!origin) return false;
  req.headers[PUBLIC_ORIGIN_HEADER] = origin;
  return true;
}

/** The last entry of a comma-separated header: the one the nearest (trusted) proxy wrote. */
function lastEntry(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return null;
  return value.split(',').map((entry) => entry.trim()).filter(Boolean).at(-1) ?? null;
}
