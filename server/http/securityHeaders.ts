/**
 * Response headers every answer carries. The Content-Security-Policy lets the page run only
 * Plano's own scripts (Next's inline bootstrap scripts carry a per-request nonce, which Next reads
 * back from the request's own CSP header), connect only to this server (its websocket included),
 * and be framed by nobody: the projector view is a full page of its own, never embedded.
 * Styles stay 'unsafe-inline': tldraw and React set inline styles everywhere, and styles cannot
 * run code.
 */
import { randomBytes } from 'node:crypto';

export interface SecurityHeaderOptions {
  /** The public origin of this request (its websocket lives there too). */
  origin: string | null;
  /** Next's development server evaluates modules with eval. */
  dev: boolean;
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(nonce: string, options: SecurityHeaderOptions): string {
  const websocket = options.origin ? ` ${options.origin.replace(/^http/, 'ws')}` : '';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${websocket}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'self' data: blob:",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers, by name; the CSP under `content-security-policy`. */
export function securityHeaders(nonce: string, options: SecurityHeaderOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(nonce, options),
    'x-content-type-options': 'nosniff',
    // Board links carry their token in the URL: it must not leave the site in a Referer.
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  };
}
