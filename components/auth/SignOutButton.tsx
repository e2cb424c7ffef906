'use client';

/** Auth.js sign-out needs a POST with its CSRF token. */
export function SignOutButton({ label }: { label: string }) {
  async function signOut() {
    const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
    await fetch('/api/auth/signout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
      body: new URLSearchParams({ csrfToken, callbackUrl: '/' }),
    });
    location.assign('/');
  }
  return (
    <button className="plano-button secondary" type="button" onClick={() => void signOut()}>
      {label}
    </button>
  );
}
