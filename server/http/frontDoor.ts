/**
 * What every HTTP request passes before Next sees it: the trusted public origin and client
 * address stamped on it, the security headers set on its answer, and requests that must never
 * reach a route refused at once, by name (bad Host or target 400, body too large 413, no length
 * 411, cross-site 403). Nothing of a refused request's body is read.
 */
import type http from 'node:http';
import type { PlanoConfig } from '../config';
import { bodyProblem, type BodyLimits } from './bodyLimit';
import { stampClientAddress } from './clientAddress';
import { crossSiteProblem } from './crossSiteCheck';
import { PUBLIC_ORIGIN_HEADER, requestHost, stampPublicOrigin } from './publicOrigin';
import { requestTargetProblem } from './requestTarget';
import { newNonce, securityHeaders } from './securityHeaders';

/** Answers the request itself (true) or prepares it for the app (false). */
export type FrontDoor = (req: http.IncomingMessage, res: http.ServerResponse) => boolean;

type FrontDoorConfig = Pick<PlanoConfig, 'publicUrl' | 'trustProxy' | 'dev'> & { bodyLimits: BodyLimits };

export function createFrontDoor(config: FrontDoorConfig): FrontDoor {
  const originOptions = { publicUrl: config.publicUrl, trustProxy: config.trustProxy };
  return (req, res) => {
    stampClientAddress(req, config.trustProxy);
    const hostOk = stampPublicOrigin(req, originOptions);
    const nonce = newNonce();
    const headers = securityHeaders(nonce, { origin: (req.headers[PUBLIC_ORIGIN_HEADER] as string | undefined) ?? null, dev: config.dev });
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    // Next takes the nonce for its inline scripts from the request's own CSP header.
    req.headers['content-security-policy'] = headers['content-security-policy'];
    if (!hostOk) return refuse(res, 400, 'missing or malformed Host header');
    const target = req.url ?? '/';
    const targetProblem = requestTargetProblem(target);
    if (targetProblem) return refuse(res, 400, targetProblem);
    const path = target.split('?')[0];
    const body = bodyProblem(req.method, path, req.headers, config.bodyLimits);
    if (body) return refuse(res, body.status, body.reason);
    const crossSite = crossSiteProblem(req.method, path, req.headers, originOptions);
    if (crossSite) return refuse(res, 403, crossSite);
    return false;
  };
}

/**
 * The same door for websocket upgrades: a bad Host or target is refused, and so is a browser
 * page of another site opening a board with the visitor's cookies (its Origin gives it away;
 * stock clients outside a browser send none and present a token).
 */
export function upgradeProblem(req: http.IncomingMessage, config: Pick<PlanoConfig, 'publicUrl' | 'trustProxy'>): { status: 400 | 403; reason: string } | null {
  stampClientAddress(req, config.trustProxy);
  if (!stampPublicOrigin(req, config)) return { status: 400, reason: 'missing or malformed Host header' };
  const targetProblem = requestTargetProblem(req.url ?? '/');
  if (targetProblem) return { status: 400, reason: targetProblem };
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    host = null;
  }
  const sameSite = (config.publicUrl !== undefined && origin === config.publicUrl) || (host !== null && host === requestHost(req.headers, config.trustProxy));
  return sameSite ? null : { status: 403, reason: 'cross-site websocket refused' };
}

/** A short plain-text refusal; the connection closes so an unread body is not read after all. */
export function refuse(res: http.ServerResponse, status: number, reason: string): true {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', connection: 'close' }).end(`${reason}\n`);
  return true;
}
