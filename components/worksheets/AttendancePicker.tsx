'use client';
import { useRouter } from 'next/navigation';
import { useTransition, type CSSProperties } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { format } from '@/lib/i18n/translate';
import { addTypedGuests, presentOf, type AttendanceChoice, type AttendanceSection } from '@/lib/workshop/attendance';

function sectionTitle(section: AttendanceSection, t: Dictionary): string {
  if (section.kind === 'pokja') return t.attendance.pokja;
  if (section.kind === 'stakeholders') return t.attendance.stakeholders;
  if (section.kind === 'group') return format(t.attendance.group, { group: section.group });
  return t.attendance.ungrouped;
}

const chipStyle = (on: boolean): CSSProperties => ({
  display: 'inline-flex',
  alignItems: 'center',
  gap: 8,
  minHeight: 48,
  padding: '0 16px 0 12px',
  borderRadius: 999,
  border: `2px solid ${on ? 'var(--plano-accent)' : 'var(--plano-border)'}`,
  background: on ? '#e7f3ee' : 'var(--plano-card)',
  fontSize: '1.05rem',
  fontWeight: on ? 700 : 400,
  cursor: 'pointer',
  userSelect: 'none',
});

function NameChip({ name, on, onToggle }: { name: string; on: boolean; onToggle: () => void }) {
  return (
    <label style={chipStyle(on)} data-testid="attendance-chip" data-name={name} data-on={on}>
      <input type="checkbox" checked={on} onChange={onToggle} style={{ width: 22, height: 22, margin: 0 }} />
      {name}
    </label>
  );
}

/**
 * Kesepakatan's attendance: everyone the workshop knows, as large chips to tap (Pokja,
 * stakeholders, participants by group), plus a field for a name on no list such as a guest.
 * Nobody is preselected; "select all" and "clear" help with a full or a changed room.
 */
export function AttendancePicker({ sections, value, onChange, t }: { sections: readonly AttendanceSection[]; value: AttendanceChoice; onChange: (next: AttendanceChoice) => void; t: Dictionary }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const toggle = (name: string) => {
    const ticked = new Set(value.ticked);
    if (ticked.has(name)) ticked.delete(name);
    else ticked.add(name);
    onChange({ ...value, ticked });
  };
  const everyone = [...sections.flatMap((section) => section.names), ...value.guests];
  const count = presentOf(sections, value).length;
  const listed = sections.map((section) => ({ key: section.kind === 'group' ? `group:${section.group}` : section.kind, title: sectionTitle(section, t), names: section.names }));
  if (value.guests.length > 0) listed.push({ key: 'guests', title: t.attendance.guests, names: [...value.guests] });

  return (
    <fieldset data-testid="attendance-picker" style={{ border: 'none', margin: 0, padding: 0, width: '100%' }}>
      <legend style={{ fontWeight: 700, fontSize: '1.1rem' }}>{t.attendance.title}</legend>
      <p className="plano-muted" style={{ margin: '4px 0 8px' }}>
        {everyone.length > 0 ? t.attendance.hint : t.attendance.noNames}
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        {everyone.length > 0 && (
          <>
            <button type="button" className="plano-button secondary" data-testid="attendance-select-all" onClick={() => onChange({ ...value, ticked: new Set(everyone) })}>
              {t.attendance.selectAll}
            </button>
            <button type="button" className="plano-button secondary" data-testid="attendance-clear" onClick={() => onChange({ ...value, ticked: new Set() })}>
              {t.attendance.clear}
            </button>
          </>
        )}
        {/* Someone who joined after this page was opened: re-read the names without losing what is ticked. */}
        <button type="button" className="plano-button secondary" data-testid="attendance-refresh" disabled={refreshing} onClick={() => startRefresh(() => router.refresh())}>
          {t.attendance.refresh}
        </button>
        <span aria-live="polite" data-testid="attendance-count">
          {format(t.attendance.chosen, { count })}
        </span>
      </div>
      {listed.map((section) => (
        <section key={section.key} data-testid="attendance-section" data-section={section.key}>
          <h3 style={{ fontSize: '1rem', margin: '12px 0 6px' }}>{section.title}</h3>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {section.names.map((name) => (
              <NameChip key={name} name={name} on={value.ticked.has(name)} onToggle={() => toggle(name)} />
            ))}
          </div>
        </section>
      ))}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end', marginTop: 12 }}>
        <label>
          {t.attendance.guestField}
          <br />
          <input
            name="present"
            data-testid="agreement-present"
            value={value.typed}
            onChange={(e) => onChange({ ...value, typed: e.target.value })}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              onChange(addTypedGuests(value));
            }}
            style={{ minHeight: 44, minWidth: 260, fontSize: '1rem' }}
          />
        </label>
        <button type="button" className="plano-button secondary" data-testid="attendance-add-guest" onClick={() => onChange(addTypedGuests(value))} disabled={!value.typed.trim()}>
          {t.attendance.addGuest}
        </button>
      </div>
    </fieldset>
  );
}
