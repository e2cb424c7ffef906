/**
 * Signs in through Auth.js's credentials callback with its CSRF token. `X-Auth-Return-Redirect`
 * makes Auth.js answer with JSON instead of a redirect, so a wrong password is shown in place.
 * Resolves true when the session cookie is set.
 */
export async function signInWithCredentials(email: string, password: string, callbackUrl: string): Promise<boolean> {
  const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await fetch('/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl }),
  });
  const { url } = (await response.json()) as { url?: string };
  return response.ok && Boolean(url) && !new URL(url!, location.href).searchParams.has('error');
}
