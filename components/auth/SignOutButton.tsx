'use client';

import { useRouter } from 'next/navigation';

/** Auth.js sign-out needs a POST with its CSRF token. */
export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  async function signOut() {
    const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
    await fetch('/api/auth/signout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
      body: new URLSearchParams({ csrfToken, callbackUrl: '/' }),
    });
    router.replace('/');
    router.refresh(); // server components re-read the (now absent) session
  }
  return (
    <button className="plano-button secondary" type="button" onClick={() => void signOut()}>
      {label}
    </button>
  );
}
