/**
 * Signed, expiring claims (HS256 JWTs) for one purpose each: doc tokens, participant sessions,
 * invite links. Each purpose has its own key derived from AUTH_SECRET, so a token made for one
 * can never pass as another.
 */
import { hkdfSync } from 'node:crypto';
import { jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { z } from 'zod';

const ISSUER = 'plano';
const MAX_TOKEN_LENGTH = 4096;

export interface ClaimsSigner<T> {
  sign(claims: T, ttlSeconds: number): Promise<string>;
  /** The claims, or null when the token is forged, expired, malformed or for another purpose. */
  verify(token: string): Promise<T | null>;
}

export function createClaimsSigner<S extends z.ZodType<Record<string, unknown>>>(authSecret: string, purpose: string, schema: S): ClaimsSigner<z.infer<S>> {
  const key = new Uint8Array(hkdfSync('sha256', authSecret, 'plano', `plano ${purpose}`, 32));
  return {
    async sign(claims, ttlSeconds) {
      return new SignJWT(claims as JWTPayload)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER)
        .setAudience(purpose)
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
        .sign(key);
    },
    async verify(token) {
      if (token.length > MAX_TOKEN_LENGTH) return null;
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: purpose, algorithms: ['HS256'] });
        const parsed = schema.safeParse(payload);
        return parsed.success ? parsed.data : null;
      } catch {
        // jose throws for every invalid token (bad signature, expired, garbage); all mean "no".
        return null;
      }
    },
  };
}
