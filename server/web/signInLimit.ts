import 'server-only';
import type { SignInAttempt } from '../auth/signInGuard';
import { TRUSTED_DEVICE_COOKIE, TRUSTED_DEVICE_COOKIE_PATH, TRUSTED_DEVICE_SECONDS } from '../auth/trustedDevice';
import { clientAddressFromHeaders } from '../http/clientAddress';
import { getRuntime } from '../runtime';
import { publicOrigin } from './publicUrl';

/** What the sign-in form shows as "too many attempts, wait" (the `code` of Auth.js's refusal). */
export const TOO_MANY_ATTEMPTS_CODE = 'too-many-attempts';

/**
 * The password sign-in a request to Auth.js carries (its form read from a copy, so Auth.js still
 * gets the body), or null for Auth.js's other requests.
 */
export async function credentialsAttempt(request: Request): Promise<SignInAttempt | null> {
  if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/callback/credentials')) return null;
  let email = '';
  try {
    email = String((await request.clone().formData()).get('email') ?? '');
  } catch {
    // Not a form: Auth.js refuses it on its own; nothing to count.
  }
  return { address: clientAddressFromHeaders(request.headers), email, deviceId: await getRuntime().devices.deviceFor(request.headers.get('cookie'), email) };
}

/**
 * An attempt that must wait is answered here, before Auth.js (and before any password hashing),
 * the way Auth.js answers a refused sign-in but with its own code and the wait in seconds. Auth.js
 * itself cannot carry the code: it runs inside Next's bundle with its own copy of the error
 * classes, so an error thrown from our configuration would read as a server fault.
 */
export function refuseWaitingSignIn(request: Request, attempt: SignInAttempt): Response | null {
  const wait = getRuntime().signIns.waitFor(attempt);
  if (wait === null) return null;
  const target = `${publicOrigin(request)}/signin?error=CredentialsSignin&code=${TOO_MANY_ATTEMPTS_CODE}&wait=${wait}`;
  return request.headers.has('x-auth-return-redirect') ? Response.json({ url: target }) : Response.redirect(target, 302);
}

/** After a successful password sign-in, the device is remembered for that account (trustedDevice.ts). */
export async function rememberDevice(request: Request, attempt: SignInAttempt, response: Response): Promise<Response> {
  const signedIn = response.headers.getSetCookie().some((cookie) => /^(__Secure-)?authjs\.session-token(\.0)?=[^;]/.test(cookie));
  if (!signedIn || attempt.deviceId) return response;
  const value = await getRuntime().devices.issue(attempt.email);
  const secure = publicOrigin(request).startsWith('https:') ? '; Secure' : '';
  response.headers.append('set-cookie', `${TRUSTED_DEVICE_COOKIE}=${value}; Path=${TRUSTED_DEVICE_COOKIE_PATH}; Max-Age=${TRUSTED_DEVICE_SECONDS}; HttpOnly; SameSite=Lax${secure}`);
  return response;
}

/** Wrong passwords for this account within the hour from devices it never signed in on (the home page's notice). */
export function wrongPasswordsFor(email: string | null): number {
  return email ? getRuntime().signIns.wrongPasswordsFor(email) : 0;
}
