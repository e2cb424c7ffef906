'use client';

import type { FormEvent } from 'react';
import { format } from '@/lib/i18n/translate';
import { useFormAttempt } from '../ui/useFormAttempt';
import { signInWithCredentials } from './signInWithCredentials';

interface Labels {
  email: string;
  password: string;
  signIn: string;
  badCredentials: string;
  tooManyAttempts: string;
  generic: string;
}

/** The facilitator's sign-in form. */
export function SignInForm({ callbackUrl, initialError, labels }: { callbackUrl: string; initialError: string | null; labels: Labels }) {
  const { error, busy, run } = useFormAttempt(labels.generic, initialError);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run('sign-in', async () => {
      const outcome = await signInWithCredentials(String(form.get('email') ?? ''), String(form.get('password') ?? ''), callbackUrl);
      if (outcome.kind === 'signed-in') return { next: callbackUrl };
      return { error: outcome.kind === 'too-many-attempts' ? format(labels.tooManyAttempts, { seconds: outcome.waitSeconds }) : labels.badCredentials };
    });
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
