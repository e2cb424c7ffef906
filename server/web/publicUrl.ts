/**
 * Behind Next's custom server, route handlers see `localhost` in request.url whatever host the
 * browser used, so Auth.js would redirect a tablet to its own localhost. Rebuild the URL from the
 * Host / X-Forwarded-* headers first.
 */
export function withPublicUrl(request: Request): Request {
  const url = new URL(request.url);
  const host = firstValue(request.headers.get('x-forwarded-host')) ?? request.headers.get('host');
  const proto = firstValue(request.headers.get('x-forwarded-proto'));
  if (!host) return request;
  const rebuilt = new URL(url.pathname + url.search, `${proto ?? url.protocol.replace(':', '')}://${host}`);
  if (rebuilt.href === url.href) return request;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  // Node's fetch needs `duplex` to forward a streamed body.
  const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers: request.headers, body: hasBody ? request.body : undefined, duplex: hasBody ? 'half' : undefined };
  return new Request(rebuilt, init);
}

function firstValue(header: string | null): string | null {
  return header ? header.split(',')[0].trim() || null : null;
}

/** The origin the browser used (scheme and host), for links shown to people. */
export function publicOrigin(request: Request): string {
  return new URL(withPublicUrl(request).url).origin;
}
