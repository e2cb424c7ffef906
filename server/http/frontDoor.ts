/**
 * What every HTTP request passes before Next sees it: the trusted public origin and client
 * address stamped on it, and requests that can never be served refused at once, by name.
 */
import type http from 'node:http';
import type { PlanoConfig } from '../config';
import { stampClientAddress } from './clientAddress';
import { stampPublicOrigin } from './publicOrigin';

/** Answers the request itself (true) or prepares it for the app (false). */
export type FrontDoor = (req: http.IncomingMessage, res: http.ServerResponse) => boolean;

export function createFrontDoor(config: Pick<PlanoConfig, 'publicUrl' | 'trustProxy'>): FrontDoor {
  const originOptions = { publicUrl: config.publicUrl, trustProxy: config.trustProxy };
  return (req, res) => {
    stampClientAddress(req, config.trustProxy);
    if (!stampPublicOrigin(req, originOptions)) return refuse(res, 400, 'missing or malformed Host header');
    return false;
  };
}

/** A short plain-text refusal; the connection closes so an unread body is not read after all. */
export function refuse(res: http.ServerResponse, status: number, reason: string, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', connection: 'close', ...headers }).end(`${reason}\n`);
  return true;
}
