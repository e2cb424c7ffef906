export type SignInOutcome = { kind: 'signed-in' } | { kind: 'bad-credentials' } | { kind: 'too-many-attempts'; waitSeconds: number };

/**
 * Signs in through Auth.js's credentials callback with its CSRF token. `X-Auth-Return-Redirect`
 * makes Auth.js answer with JSON instead of a redirect, so a wrong password is shown in place.
 * 'signed-in' means the session cookie is set.
 */
export async function signInWithCredentials(email: string, password: string, callbackUrl: string): Promise<SignInOutcome> {
  const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await fetch('/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl }),
  });
  const { url } = (await response.json()) as { url?: string };
  const params = url ? new URL(url, location.href).searchParams : null;
  if (response.ok && params && !params.has('error')) return { kind: 'signed-in' };
  // The server's code for an attempt that must wait (TOO_MANY_ATTEMPTS_CODE in server/web/signInLimit.ts).
  if (params?.get('code') === 'too-many-attempts') return { kind: 'too-many-attempts', waitSeconds: Number(params.get('wait')) || 1 };
  return { kind: 'bad-credentials' };
}
