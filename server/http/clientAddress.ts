/**
 * Which address a request comes from, for counting failed sign-ins and join codes. The custom
 * server stamps it on every request before Next sees it (replacing anything the client sent), so
 * route handlers, which have no socket, can read it from a header.
 */
import type { IncomingMessage } from 'node:http';

export const CLIENT_ADDRESS_HEADER = 'x-plano-client-address';

/**
 * The socket's peer address, or, behind a trusted reverse proxy (TRUST_PROXY=1), the address that
 * proxy saw: the last entry of X-Forwarded-For (entries before it are whatever the client claimed).
 * IPv6 addresses are cut to their /64 network, which one household or phone can change at will.
 */
export function clientAddressOf(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustProxy: boolean): string {
  const forwarded = trustProxy ? lastForwarded(req.headers['x-forwarded-for']) : null;
  return networkOf(forwarded ?? req.socket.remoteAddress ?? 'unknown');
}

export function stampClientAddress(req: IncomingMessage, trustProxy: boolean): void {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req, trustProxy);
}

/** The stamped address in a route handler ("unknown" outside the Plano server, e.g. in tests). */
export function clientAddressFromHeaders(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
}

function lastForwarded(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return null;
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  return entries.at(-1) ?? null;
}

function networkOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const halves = address.toLowerCase().split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  const groups = halves.length > 1 ? [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail] : head;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
