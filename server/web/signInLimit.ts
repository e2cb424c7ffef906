import 'server-only';
import { clientAddressFromHeaders } from '../http/clientAddress';
import { getRuntime } from '../runtime';
import { publicOrigin } from './publicUrl';

/** What the sign-in form shows as "too many attempts, wait" (the `code` of Auth.js's refusal). */
export const TOO_MANY_ATTEMPTS_CODE = 'too-many-attempts';

/**
 * A password sign-in from an address that has failed too often is answered here, before Auth.js
 * (and before any password hashing), the way Auth.js answers a refused sign-in but with its own
 * code. Auth.js itself cannot carry the code: it runs inside Next's bundle with its own copy of
 * the error classes, so an error thrown from our configuration would read as a server fault.
 */
export function refuseWaitingSignIn(request: Request): Response | null {
  if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/callback/credentials')) return null;
  if (getRuntime().failedSignIns.blockedFor(clientAddressFromHeaders(request.headers)) === null) return null;
  const target = `${publicOrigin(request)}/signin?error=CredentialsSignin&code=${TOO_MANY_ATTEMPTS_CODE}`;
  return request.headers.has('x-auth-return-redirect') ? Response.json({ url: target }) : Response.redirect(target, 302);
}
