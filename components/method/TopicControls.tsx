'use client';

import { useState } from 'react';
import { TOPIC_STATUSES, type TopicStatus } from '@/lib/workshop/agenda';
import { useJsonAction } from '../ui/useJsonAction';

/** The facilitator sets where a topic stands on the Kerangka map. */
export function TopicStatusSelect({ workshopId, topicId, status, labels }: { workshopId: string; topicId: string; status: TopicStatus; labels: { status: string; statuses: Record<TopicStatus, string>; failed: string } }) {
  const { send, failed } = useJsonAction();
  return (
    <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
      <span>{labels.status}</span>
      <select
        value={status}
        onChange={(event) => void send('PUT', `/api/workshops/${workshopId}/topics/${topicId}/status`, { status: event.target.value })}
        style={{ minHeight: 44, fontSize: '1rem' }}
        data-testid="topic-status"
      >
        {TOPIC_STATUSES.map((value) => (
          <option key={value} value={value}>
            {labels.statuses[value]}
          </option>
        ))}
      </select>
      {failed && <span className="plano-error" role="alert">{labels.failed}</span>}
    </label>
  );
}

interface SessionLabels {
  minutes: string;
  date: string;
  time: string;
  save: string;
  removeSession: string;
  failed: string;
}

/** One session's duration and date, editable by the facilitator (the guide's own agendas differ). */
export function SessionEditor({ workshopId, topicId, number, durationMinutes, date, time, labels }: { workshopId: string; topicId: string; number: number; durationMinutes: number; date: string; time: string; labels: SessionLabels }) {
  const { send, failed, busy } = useJsonAction();
  const [minutes, setMinutes] = useState(String(durationMinutes));
  const [day, setDay] = useState(date);
  const [clock, setClock] = useState(time);
  const url = `/api/workshops/${workshopId}/topics/${topicId}/sessions/${number}`;
  return (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'end' }} data-testid="session-editor" data-session={number}>
      <label className="plano-field" style={{ marginBottom: 0 }}>
        <span>{labels.minutes}</span>
        <input type="number" min={15} step={15} value={minutes} onChange={(event) => setMinutes(event.target.value)} style={{ width: 100 }} name="minutes" />
      </label>
      <label className="plano-field" style={{ marginBottom: 0 }}>
        <span>{labels.date}</span>
        <input type="date" value={day} onChange={(event) => setDay(event.target.value)} name="date" />
      </label>
      <label className="plano-field" style={{ marginBottom: 0 }}>
        <span>{labels.time}</span>
        <input type="time" value={clock} onChange={(event) => setClock(event.target.value)} name="time" />
      </label>
      <button
        className="plano-button"
        type="button"
        disabled={busy}
        onClick={() => void send('PUT', url, { durationMinutes: Number(minutes), date: day || null, time: clock || null, removed: false })}
      >
        {labels.save}
      </button>
      <button className="plano-button secondary" type="button" disabled={busy} onClick={() => void send('PUT', url, { durationMinutes: null, date: null, time: null, removed: true })}>
        {labels.removeSession}
      </button>
      {failed && <span className="plano-error" role="alert">{labels.failed}</span>}
    </div>
  );
}

export function AddSessionButton({ workshopId, topicId, label }: { workshopId: string; topicId: string; label: string }) {
  const { send, busy } = useJsonAction();
  return (
    <button className="plano-button secondary" type="button" disabled={busy} onClick={() => void send('POST', `/api/workshops/${workshopId}/topics/${topicId}/sessions`)} data-testid="add-session">
      {label}
    </button>
  );
}

/** Starts this session (its breakout groups become the working groups) or ends it. */
export function SessionRunControl({ workshopId, topicId, number, running, labels }: { workshopId: string; topicId: string; number: number; running: boolean; labels: { startSession: string; running: string; endSession: string; failed: string } }) {
  const { send, failed, busy } = useJsonAction();
  const url = `/api/workshops/${workshopId}/current-session`;
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', margin: '8px 0' }}>
      {running ? (
        <>
          <span className="plano-badge" data-testid="session-running">{labels.running}</span>
          <button className="plano-button secondary" type="button" disabled={busy} onClick={() => void send('PUT', url, { session: null })}>
            {labels.endSession}
          </button>
        </>
      ) : (
        <button className="plano-button" type="button" disabled={busy} onClick={() => void send('PUT', url, { session: { topicId, number } })} data-testid="start-session">
          {labels.startSession}
        </button>
      )}
      {failed && <span className="plano-error" role="alert">{labels.failed}</span>}
    </div>
  );
}
