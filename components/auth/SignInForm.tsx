'use client';

import { useState, type FormEvent } from 'react';

interface Labels {
  email: string;
  password: string;
  signIn: string;
  badCredentials: string;
  generic: string;
}

/**
 * Posts to Auth.js's credentials callback with its CSRF token. `X-Auth-Return-Redirect` makes
 * Auth.js answer with JSON instead of a redirect, so a wrong password is shown in place.
 */
export function SignInForm({ callbackUrl, initialError, labels }: { callbackUrl: string; initialError: string | null; labels: Labels }) {
  const [error, setError] = useState<string | null>(initialError);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    try {
      const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
      const body = new URLSearchParams({ csrfToken, email: String(form.get('email') ?? ''), password: String(form.get('password') ?? ''), callbackUrl });
      const response = await fetch('/api/auth/callback/credentials', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
        body,
      });
      const { url } = (await response.json()) as { url?: string };
      if (!response.ok || !url || new URL(url, location.href).searchParams.has('error')) {
        setError(labels.badCredentials);
        setBusy(false);
        return;
      }
      location.assign(callbackUrl);
    } catch (caught) {
      console.error('sign-in failed', caught);
      setError(labels.generic);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="plano-card" data-testid="signin-form">
      <label className="plano-field">
        <span>{labels.email}</span>
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label className="plano-field">
        <span>{labels.password}</span>
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p className="plano-error" role="alert">
          {error}
        </p>
      )}
      <button className="plano-button" type="submit" disabled={busy}>
        {labels.signIn}
      </button>
    </form>
  );
}
