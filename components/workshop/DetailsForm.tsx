'use client';

import type { FormEvent } from 'react';
import { ZONE_CODES } from '@/lib/workshop/timeZones';
import type { WorkshopDetails } from '@/lib/workshop/details';
import { useJsonAction } from '../ui/useJsonAction';

interface Labels {
  workshopTitle: string;
  pdam: string;
  region: string;
  venue: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  save: string;
  saved: string;
  failed: string;
}

export function DetailsForm({ workshopId, details, labels }: { workshopId: string; details: WorkshopDetails; labels: Labels }) {
  const { send, failed, busy } = useJsonAction();
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    await send('PUT', `/api/workshops/${workshopId}/details`, {
      title: text('title') ?? '',
      pdam: text('pdam') ?? '',
      region: text('region'),
      venue: text('venue'),
      startsOn: text('startsOn'),
      endsOn: text('endsOn'),
      timeZone: form.get('timeZone'),
    });
  }
  return (
    <form onSubmit={(event) => void onSubmit(event)} className="plano-card" data-testid="details-form">
      <label className="plano-field">
        <span>{labels.workshopTitle}</span>
        <input name="title" defaultValue={details.title} required maxLength={200} />
      </label>
      <label className="plano-field">
        <span>{labels.pdam}</span>
        <input name="pdam" defaultValue={details.pdam} required maxLength={200} />
      </label>
      <label className="plano-field">
        <span>{labels.region}</span>
        <input name="region" defaultValue={details.region ?? ''} maxLength={120} />
      </label>
      <label className="plano-field">
        <span>{labels.venue}</span>
        <input name="venue" defaultValue={details.venue ?? ''} maxLength={200} />
      </label>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <label className="plano-field">
          <span>{labels.startsOn}</span>
          <input name="startsOn" type="date" defaultValue={details.startsOn ?? ''} />
        </label>
        <label className="plano-field">
          <span>{labels.endsOn}</span>
          <input name="endsOn" type="date" defaultValue={details.endsOn ?? ''} />
        </label>
        <label className="plano-field">
          <span>{labels.timeZone}</span>
          <select name="timeZone" defaultValue={details.timeZone} style={{ minHeight: 44, fontSize: '1rem' }}>
            {ZONE_CODES.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </label>
      </div>
      {failed && (
        <p className="plano-error" role="alert">
          {labels.failed}
        </p>
      )}
      <button className="plano-button" type="submit" disabled={busy}>
        {labels.save}
      </button>
    </form>
  );
}
