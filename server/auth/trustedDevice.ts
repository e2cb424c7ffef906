/**
 * A device a facilitator has signed in on before keeps a signed cookie naming that account. Wrong
 * passwords for an account slow down every other device (ACCOUNT_SIGN_IN_LIMITS), so someone
 * guessing from elsewhere cannot lock the facilitator out of their own laptop: attempts that carry
 * the account's device cookie are limited per device instead. (OWASP's "device cookies".)
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { parseCookieHeader } from './readSession';
import { createClaimsSigner } from './signedClaims';

export const TRUSTED_DEVICE_COOKIE = 'plano-device';
export const TRUSTED_DEVICE_SECONDS = 365 * 24 * 60 * 60;
/** Only sign-in requests need it; the cookie goes nowhere else. */
export const TRUSTED_DEVICE_COOKIE_PATH = '/api/auth';

const DeviceSchema = z.object({ email: z.string().min(3).max(254), id: z.string().min(8).max(64) });

export interface TrustedDevices {
  /** A cookie value naming a new device for this account. */
  issue(email: string): Promise<string>;
  /** The device id when the request's cookie names this account, else null. */
  deviceFor(cookieHeader: string | null, email: string): Promise<string | null>;
}

/** Emails as accounts are looked up: trimmed, lowercased. */
export function accountKey(email: string): string {
  return email.trim().toLowerCase().slice(0, 254);
}

export function createTrustedDevices(authSecret: string): TrustedDevices {
  const signer = createClaimsSigner(authSecret, 'trusted device v1', DeviceSchema);
  return {
    issue: (email) => signer.sign({ email: accountKey(email), id: randomBytes(12).toString('base64url') }, TRUSTED_DEVICE_SECONDS),
    async deviceFor(cookieHeader, email) {
      const value = parseCookieHeader(cookieHeader).get(TRUSTED_DEVICE_COOKIE);
      const claims = value ? await signer.verify(value) : null;
      return claims && claims.email === accountKey(email) ? claims.id : null;
    },
  };
}
