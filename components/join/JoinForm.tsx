'use client';

import type { FormEvent } from 'react';
import { format } from '@/lib/i18n/translate';
import { useFormAttempt } from '../ui/useFormAttempt';

interface Labels {
  code: string;
  codeHint: string;
  name: string;
  organisation: string;
  submit: string;
  unknownCode: string;
  invalidInvite: string;
  invalidInput: string;
  tooManyAttempts: string;
  generic: string;
}

/** Code (unless invited) and name: all a person types to join from a tablet. */
export function JoinForm({ initialCode, invite, labels }: { initialCode: string; invite: string | null; labels: Labels }) {
  const { error, busy, run } = useFormAttempt(labels.generic);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const organisation = String(form.get('organisation') ?? '').trim();
    const body = {
      ...(invite ? { invite } : { code: String(form.get('code') ?? '') }),
      name: String(form.get('name') ?? ''),
      ...(organisation ? { organisation } : {}),
    };
    void run('joining', async () => {
      const response = await fetch('/api/join', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const result = (await response.json()) as { next?: string; error?: string; retryAfterSeconds?: number };
      if (response.ok && result.next) return { next: result.next };
      if (result.error === 'too-many-attempts') return { error: format(labels.tooManyAttempts, { seconds: result.retryAfterSeconds ?? 1 }) };
      if (result.error === 'unknown-code') return { error: labels.unknownCode };
      if (result.error === 'invalid-invite') return { error: labels.invalidInvite };
      return { error: response.status === 400 ? labels.invalidInput : labels.generic };
    });
  }

  return (
    <form onSubmit={onSubmit} className="plano-card" data-testid="join-form">
      {!invite && (
        <label className="plano-field">
          <span>{labels.code}</span>
          <input
            name="code"
            defaultValue={initialCode}
            required
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={12}
            style={{ letterSpacing: '0.3em', fontSize: '1.6rem', textTransform: 'uppercase' }}
          />
          <small className="plano-muted">{labels.codeHint}</small>
        </label>
      )}
      <label className="plano-field">
        <span>{labels.name}</span>
        <input name="name" required maxLength={80} autoComplete="name" />
      </label>
      <label className="plano-field">
        <span>{labels.organisation}</span>
        <input name="organisation" maxLength={120} autoComplete="organization" />
      </label>
      {error && (
        <p className="plano-error" role="alert">
          {error}
        </p>
      )}
      <button className="plano-button" type="submit" disabled={busy} style={{ width: '100%' }}>
        {labels.submit}
      </button>
    </form>
  );
}
