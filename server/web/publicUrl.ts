/**
 * Route handlers see `localhost` in request.url whatever host the browser used (Next's custom
 * server), so links and Auth.js's redirects are built from the public origin the custom server
 * stamped on the request (server/http/publicOrigin.ts), never from request.url or raw headers.
 */
import { PUBLIC_ORIGIN_HEADER } from '../http/publicOrigin';

/** The origin people reach Plano at, for links shown to people. Reads headers only: safe after the body was read. */
export function publicOrigin(request: Pick<Request, 'headers' | 'url'>): string {
  return originFromHeaders(request.headers) ?? new URL(request.url).origin;
}

/** The stamped public origin, or null outside the Plano server. */
export function originFromHeaders(headers: Pick<Headers, 'get'>): string | null {
  return headers.get(PUBLIC_ORIGIN_HEADER);
}

/**
 * The request with its URL on the public origin, for Auth.js (which builds its redirects and
 * cookie names from request.url). Call it before anything reads the body: the body is passed on
 * as a stream.
 */
export function withPublicUrl(request: Request): Request {
  const url = new URL(request.url);
  const rebuilt = new URL(url.pathname + url.search, publicOrigin(request));
  if (rebuilt.href === url.href) return request;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  // Node's fetch needs `duplex` to forward a streamed body.
  const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers: request.headers, body: hasBody ? request.body : undefined, duplex: hasBody ? 'half' : undefined };
  return new Request(rebuilt, init);
}
