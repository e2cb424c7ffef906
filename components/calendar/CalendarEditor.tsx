'use client';

import type { FormEvent } from 'react';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '@/lib/workshop/followUpStatus';
import { useJsonAction } from '../ui/useJsonAction';

export interface CalendarLabels {
  meetings: string;
  noMeetings: string;
  date: string;
  time: string;
  place: string;
  agenda: string;
  invitees: string;
  topic: string;
  noTopic: string;
  addMeeting: string;
  delete: string;
  followUps: string;
  noFollowUps: string;
  description: string;
  owner: string;
  due: string;
  status: string;
  statuses: Record<FollowUpStatus, string>;
  addFollowUp: string;
  failed: string;
}

interface MeetingView {
  id: string;
  when: string;
  place: string | null;
  agenda: string;
  invitees: string | null;
  topic: string | null;
}

interface FollowUpView {
  id: string;
  topic: string | null;
  description: string;
  owner: string;
  due: string | null;
  status: FollowUpStatus;
}

type TopicOption = { id: string; label: string };

const fieldStyle = { minHeight: 44, fontSize: '1rem' } as const;

function TopicSelect({ topics, label, none }: { topics: TopicOption[]; label: string; none: string }) {
  return (
    <label className="plano-field">
      <span>{label}</span>
      <select name="topicId" style={fieldStyle} defaultValue="">
        <option value="">{none}</option>
        {topics.map((topic) => (
          <option key={topic.id} value={topic.id}>
            {topic.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Kalender Kerja and Tindak Lanjut: what every session closes by agreeing. */
export function CalendarEditor(props: { workshopId: string; canEdit: boolean; meetings: MeetingView[]; followUps: FollowUpView[]; topics: TopicOption[]; today: string; labels: CalendarLabels }) {
  const { workshopId, canEdit, meetings, followUps, topics, today, labels } = props;
  const { send, failed } = useJsonAction();
  const base = `/api/workshops/${workshopId}`;

  function fields(form: HTMLFormElement) {
    const data = new FormData(form);
    return (name: string) => String(data.get(name) ?? '').trim() || null;
  }

  async function addMeeting(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const get = fields(form);
    if (await send('POST', `${base}/meetings`, { date: get('date'), time: get('time'), place: get('place'), agenda: get('agenda'), invitees: get('invitees'), topicId: get('topicId') })) form.reset();
  }

  async function addFollowUp(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const get = fields(form);
    if (await send('POST', `${base}/follow-ups`, { description: get('description'), owner: get('owner'), dueOn: get('dueOn'), topicId: get('topicId') })) form.reset();
  }

  return (
    <div style={{ display: 'grid', gap: 32 }}>
      {failed && (
        <p className="plano-error" role="alert">
          {labels.failed}
        </p>
      )}
      <section>
        <h2>{labels.meetings}</h2>
        {meetings.length === 0 && <p className="plano-muted">{labels.noMeetings}</p>}
        <ul className="plano-list" data-testid="meetings">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="plano-card" data-testid="meeting" style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'center' }}>
              <div style={{ flex: '1 1 280px' }}>
                <strong>{meeting.when}</strong>
                {meeting.place && <span className="plano-muted"> · {meeting.place}</span>}
                <div>{meeting.agenda}</div>
                {meeting.invitees && <div className="plano-muted">{labels.invitees}: {meeting.invitees}</div>}
              </div>
              {meeting.topic && <span className="plano-badge">{meeting.topic}</span>}
              {canEdit && (
                <button className="plano-button secondary" type="button" onClick={() => void send('DELETE', `${base}/meetings/${meeting.id}`)}>
                  {labels.delete}
                </button>
              )}
            </li>
          ))}
        </ul>
        {canEdit && (
          <form onSubmit={(event) => void addMeeting(event)} className="plano-card" style={{ marginTop: 12 }} data-testid="add-meeting">
            <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
              <label className="plano-field">
                <span>{labels.date}</span>
                <input name="date" type="date" required defaultValue={today} style={fieldStyle} />
              </label>
              <label className="plano-field">
                <span>{labels.time}</span>
                <input name="time" type="time" required defaultValue="09:00" style={fieldStyle} />
              </label>
              <TopicSelect topics={topics} label={labels.topic} none={labels.noTopic} />
            </div>
            <label className="plano-field">
              <span>{labels.agenda}</span>
              <input name="agenda" required maxLength={2000} />
            </label>
            <label className="plano-field">
              <span>{labels.place}</span>
              <input name="place" maxLength={200} />
            </label>
            <label className="plano-field">
              <span>{labels.invitees}</span>
              <input name="invitees" maxLength={2000} />
            </label>
            <button className="plano-button" type="submit">
              {labels.addMeeting}
            </button>
          </form>
        )}
      </section>
      <section>
        <h2>{labels.followUps}</h2>
        {followUps.length === 0 && <p className="plano-muted">{labels.noFollowUps}</p>}
        <ul className="plano-list" data-testid="follow-ups">
          {followUps.map((item) => (
            <li key={item.id} className="plano-card" data-testid="follow-up" data-status={item.status} style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'center' }}>
              <div style={{ flex: '1 1 280px' }}>
                <strong style={{ textDecoration: item.status === 'done' ? 'line-through' : undefined }}>{item.description}</strong>
                <div className="plano-muted">
                  {labels.owner}: {item.owner}
                  {item.due && ` · ${labels.due}: ${item.due}`}
                </div>
              </div>
              {item.topic && <span className="plano-badge">{item.topic}</span>}
              <select
                aria-label={labels.status}
                value={item.status}
                disabled={!canEdit}
                style={fieldStyle}
                onChange={(event) => void send('PATCH', `${base}/follow-ups/${item.id}`, { status: event.target.value })}
                data-testid="follow-up-status"
              >
                {FOLLOW_UP_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {labels.statuses[status]}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
        {canEdit && (
          <form onSubmit={(event) => void addFollowUp(event)} className="plano-card" style={{ marginTop: 12 }} data-testid="add-follow-up">
            <label className="plano-field">
              <span>{labels.description}</span>
              <input name="description" required maxLength={1000} />
            </label>
            <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
              <label className="plano-field">
                <span>{labels.owner}</span>
                <input name="owner" required maxLength={200} />
              </label>
              <label className="plano-field">
                <span>{labels.due}</span>
                <input name="dueOn" type="date" style={fieldStyle} />
              </label>
              <TopicSelect topics={topics} label={labels.topic} none={labels.noTopic} />
            </div>
            <button className="plano-button" type="submit">
              {labels.addFollowUp}
            </button>
          </form>
        )}
      </section>
    </div>
  );
}
