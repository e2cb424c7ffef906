'use client';

import { useState, type FormEvent } from 'react';
import { format } from '@/lib/i18n/translate';

interface Labels {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
  save: string;
  saved: string;
  wrongPassword: string;
  mismatch: string;
  invalidPassword: string;
  tooManyAttempts: string;
  generic: string;
}

/** Current password, the new one twice. Other devices are signed out by the server on success. */
export function ChangePasswordForm({ labels }: { labels: Labels }) {
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    const newPassword = String(fields.get('newPassword') ?? '');
    if (newPassword !== String(fields.get('repeatPassword') ?? '')) {
      setMessage({ text: labels.mismatch, ok: false });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch('/api/account/password', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ currentPassword: String(fields.get('currentPassword') ?? ''), newPassword }),
      });
      const result = (await response.json()) as { error?: string; retryAfterSeconds?: number };
      if (response.ok) {
        form.reset();
        setMessage({ text: labels.saved, ok: true });
      } else if (result.error === 'wrong-password') setMessage({ text: labels.wrongPassword, ok: false });
      else if (result.error === 'invalid-password') setMessage({ text: labels.invalidPassword, ok: false });
      else if (result.error === 'too-many-attempts') setMessage({ text: format(labels.tooManyAttempts, { seconds: result.retryAfterSeconds ?? 1 }), ok: false });
      else setMessage({ text: labels.generic, ok: false });
    } catch (error) {
      console.error('changing the password failed', error);
      setMessage({ text: labels.generic, ok: false });
    }
    setBusy(false);
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="plano-card" data-testid="change-password">
      <label className="plano-field">
        <span>{labels.currentPassword}</span>
        <input name="currentPassword" type="password" autoComplete="current-password" required />
      </label>
      <label className="plano-field">
        <span>{labels.newPassword}</span>
        <input name="newPassword" type="password" autoComplete="new-password" minLength={8} required />
      </label>
      <label className="plano-field">
        <span>{labels.repeatPassword}</span>
        <input name="repeatPassword" type="password" autoComplete="new-password" minLength={8} required />
      </label>
      {message && (
        <p className={message.ok ? undefined : 'plano-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button className="plano-button" type="submit" disabled={busy}>
        {labels.save}
      </button>
    </form>
  );
}
