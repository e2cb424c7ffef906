'use client';
import { useState } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { Lang } from '@/lib/i18n/translate';
import type { AgreedOutputView } from '@/lib/outputs/agreedData';
import { addTypedGuests, NO_ATTENDANCE, presentOf, type AttendanceChoice } from '@/lib/workshop/attendance';
import type { ZoneCode } from '@/lib/workshop/timeZones';
import { AgreedVersions } from './AgreedVersions';
import { useAttendanceNames } from './AttendanceNames';
import { AttendancePicker } from './AttendancePicker';

interface Props {
  workshopId: string;
  outputId: string;
  docName: string;
  canAgree: boolean;
  initialVersions: AgreedOutputView[];
  t: Dictionary;
  lang: Lang;
  zone: ZoneCode;
}

/** Kesepakatan: the facilitator's "Sepakati" button and the agreed versions of this output. */
export function AgreementPanel({ workshopId, outputId, docName, canAgree, initialVersions, t, lang, zone }: Props) {
  const [versions, setVersions] = useState(initialVersions);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const attendanceSections = useAttendanceNames();
  const [attendance, setAttendance] = useState<AttendanceChoice>(NO_ATTENDANCE);
  const [note, setNote] = useState('');

  async function agree() {
    setBusy(true);
    setFailed(false);
    try {
      const names = presentOf(attendanceSections, attendance);
      const response = await fetch(`/api/workshops/${workshopId}/outputs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ outputId, docName, present: names, note: note.trim() || undefined }),
      });
      if (!response.ok) throw new Error(`agreeing answered ${response.status}: ${await response.text()}`);
      const list = await fetch(`/api/workshops/${workshopId}/outputs?outputId=${encodeURIComponent(outputId)}`);
      if (!list.ok) throw new Error(`listing versions answered ${list.status}`);
      setVersions(((await list.json()) as { versions: AgreedOutputView[] }).versions);
      setNote('');
      // The room rarely changes between an agreement and its amendment: keep the choice, typed guests as chips.
      setAttendance((current) => addTypedGuests(current));
    } catch (error) {
      console.error('Plano: agreeing the output failed', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section style={{ marginTop: 16 }}>
      {canAgree && (
        <div className="plano-card" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end' }}>
          <AttendancePicker sections={attendanceSections} value={attendance} onChange={setAttendance} t={t} />
          <label>
            {t.outputs.note}
            <br />
            <input name="note" value={note} onChange={(e) => setNote(e.target.value)} style={{ minHeight: 44, minWidth: 260 }} />
          </label>
          <button type="button" data-testid="agree-output" onClick={agree} disabled={busy} style={{ minHeight: 44, fontWeight: 700 }}>
            {busy ? t.outputs.agreeing : t.outputs.agree}
          </button>
          {failed && <p role="alert">{t.outputs.agreeFailed}</p>}
        </div>
      )}
      <h2>{t.outputs.versions}</h2>
      <AgreedVersions versions={versions} t={t} lang={lang} zone={zone} />
    </section>
  );
}
