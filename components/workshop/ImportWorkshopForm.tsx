'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

export interface ImportWorkshopLabels {
  importTitle: string;
  importHint: string;
  file: string;
  structureOnly: string;
  structureOnlyHint: string;
  importButton: string;
  importing: string;
  failed: string;
}

/** Uploads a workshop archive; the server checks all of it and creates a new workshop, or says what is wrong. */
export function ImportWorkshopForm({ labels }: { labels: ImportWorkshopLabels }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const response = await fetch('/api/workshops/import', { method: 'POST', body: new FormData(event.currentTarget) });
    const answer = (await response.json().catch(() => ({}))) as { id?: string; error?: string };
    if (response.ok && answer.id) {
      router.push(`/w/${answer.id}`);
      return;
    }
    setError(answer.error ?? String(response.status));
    setBusy(false);
  }
  return (
    <form onSubmit={(event) => void onSubmit(event)} className="plano-card" data-testid="import-workshop">
      <h2 style={{ marginTop: 0 }}>{labels.importTitle}</h2>
      <p className="plano-muted">{labels.importHint}</p>
      <label className="plano-field">
        <span>{labels.file}</span>
        <input name="archive" type="file" accept=".json,application/json" required style={{ minHeight: 44 }} />
      </label>
      <label style={{ display: 'flex', gap: 12, alignItems: 'center', minHeight: 44, marginBottom: 12 }}>
        <input name="structureOnly" type="checkbox" style={{ width: 28, height: 28 }} data-testid="import-structure-only" />
        <span>
          {labels.structureOnly}
          <br />
          <span className="plano-muted">{labels.structureOnlyHint}</span>
        </span>
      </label>
      {error && (
        <p className="plano-error" role="alert">
          {labels.failed.replace('{reason}', error)}
        </p>
      )}
      <button className="plano-button" type="submit" disabled={busy} data-testid="import-submit">
        {busy ? labels.importing : labels.importButton}
      </button>
    </form>
  );
}
