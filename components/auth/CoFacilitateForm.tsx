'use client';

import type { FormEvent } from 'react';
import { useFormAttempt } from '../ui/useFormAttempt';
import { signInWithCredentials } from './signInWithCredentials';

interface Labels {
  joinAsSignedIn: string;
  createAccount: string;
  name: string;
  email: string;
  password: string;
  submit: string;
  haveAccount: string;
  invalidInvite: string;
  emailTaken: string;
  generic: string;
}

/** Accepts a co-facilitator invitation: one tap when signed in, or a new account then sign-in. */
export function CoFacilitateForm({ invite, signedIn, labels }: { invite: string; signedIn: boolean; labels: Labels }) {
  const { error, busy, run } = useFormAttempt(labels.generic);

  function accept(account?: { name: string; email: string; password: string }) {
    void run('accepting the invitation', async () => {
      const response = await fetch('/api/cofacilitate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ invite, account }) });
      const result = (await response.json()) as { next?: string; error?: string };
      if (!response.ok || !result.next) {
        return { error: result.error === 'invalid-invite' ? labels.invalidInvite : result.error === 'email-taken' ? labels.emailTaken : labels.generic };
      }
      // A new account signs in with what it just chose, then goes to the workshop.
      if (account && (await signInWithCredentials(account.email, account.password, result.next)).kind !== 'signed-in') return { error: labels.generic };
      return { next: result.next };
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    accept({ name: String(form.get('name') ?? ''), email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') });
  }

  const problem = error && (
    <p className="plano-error" role="alert">
      {error}
    </p>
  );
  if (signedIn) {
    return (
      <div className="plano-card">
        {problem}
        <button className="plano-button" type="button" disabled={busy} onClick={() => accept()} data-testid="accept-cofacilitation">
          {labels.joinAsSignedIn}
        </button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="plano-card" data-testid="cofacilitate-form">
      <h2 style={{ marginTop: 0 }}>{labels.createAccount}</h2>
      <label className="plano-field">
        <span>{labels.name}</span>
        <input name="name" required maxLength={200} autoComplete="name" />
      </label>
      <label className="plano-field">
        <span>{labels.email}</span>
        <input name="email" type="email" required maxLength={254} autoComplete="username" />
      </label>
      <label className="plano-field">
        <span>{labels.password}</span>
        <input name="password" type="password" required minLength={8} maxLength={72} autoComplete="new-password" />
      </label>
      {problem}
      <button className="plano-button" type="submit" disabled={busy}>
        {labels.submit}
      </button>
      <p className="plano-muted">{labels.haveAccount}</p>
    </form>
  );
}
