'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

export function CreateWorkshopForm({ labels }: { labels: { newWorkshop: string; workshopTitle: string; pdam: string; create: string; failed: string } }) {
  const router = useRouter();
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(false);
    const form = new FormData(event.currentTarget);
    const response = await fetch('/api/workshops', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: form.get('title'), pdam: form.get('pdam') }),
    });
    if (response.ok) {
      router.push(`/w/${((await response.json()) as { id: string }).id}`);
      return;
    }
    setError(true);
    setBusy(false);
  }
  return (
    <form onSubmit={(event) => void onSubmit(event)} className="plano-card" data-testid="create-workshop">
      <h2 style={{ marginTop: 0 }}>{labels.newWorkshop}</h2>
      <label className="plano-field">
        <span>{labels.workshopTitle}</span>
        <input name="title" required maxLength={200} />
      </label>
      <label className="plano-field">
        <span>{labels.pdam}</span>
        <input name="pdam" required maxLength={200} />
      </label>
      {error && <p className="plano-error" role="alert">{labels.failed}</p>}
      <button className="plano-button" type="submit" disabled={busy}>
        {labels.create}
      </button>
    </form>
  );
}
