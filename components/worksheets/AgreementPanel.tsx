'use client';
import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { format, type Lang } from '@/lib/i18n/translate';
import type { AgreedOutputView, AgreementRefusal } from '@/lib/outputs/agreedData';
import { AGREEMENTS_MAP, readAgreementSignal } from '@/lib/outputs/agreementSignal';
import { addTypedGuests, NO_ATTENDANCE, presentOf, type AttendanceChoice } from '@/lib/workshop/attendance';
import type { ZoneCode } from '@/lib/workshop/timeZones';
import { AgreedVersions } from './AgreedVersions';
import { useAttendanceNames } from './AttendanceNames';
import { AttendancePicker } from './AttendancePicker';

interface Props {
  workshopId: string;
  outputId: string;
  docName: string;
  /** The sheet's document: the server writes the news of a new agreed version into it. */
  ydoc: Y.Doc;
  canAgree: boolean;
  /** Why the sheet cannot be agreed as it stands (the same check the server makes), or null. */
  blocker: AgreementRefusal | null;
  initialVersions: AgreedOutputView[];
  t: Dictionary;
  lang: Lang;
  zone: ZoneCode;
}

/** How long to wait before fetching a version again after a failed try (the network may be back). */
const RETRY_MS = 1500;

/** The newest version number in a list (0 for none). */
const newestOf = (versions: readonly AgreedOutputView[]) => versions.reduce((max, version) => Math.max(max, version.version), 0);

/** The refusal the server named in its answer ("Invalid worksheet: tied"), if it is one we can say in words. */
function refusalOf(message: unknown, t: Dictionary): string | null {
  const reason = typeof message === 'string' ? /^Invalid worksheet: (.+)$/.exec(message)?.[1] : undefined;
  return reason && reason in t.outputs.refusals ? t.outputs.refusals[reason as AgreementRefusal] : null;
}

/**
 * Kesepakatan: the facilitator's "Sepakati" button (disabled, with the reason, while the sheet
 * cannot be agreed; then a confirmation, since an agreement is the one step Undo cannot take
 * back) and the agreed versions of this output, which every device on the sheet receives live.
 */
export function AgreementPanel({ workshopId, outputId, docName, ydoc, canAgree, blocker, initialVersions, t, lang, zone }: Props) {
  const [versions, setVersions] = useState(initialVersions);
  const [fresh, setFresh] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const attendanceSections = useAttendanceNames();
  const [attendance, setAttendance] = useState<AttendanceChoice>(NO_ATTENDANCE);
  const [note, setNote] = useState('');

  const fetchVersions = useCallback(async (): Promise<AgreedOutputView[]> => {
    const list = await fetch(`/api/workshops/${workshopId}/outputs?outputId=${encodeURIComponent(outputId)}`);
    if (!list.ok) throw new Error(`listing versions answered ${list.status}`);
    return ((await list.json()) as { versions: AgreedOutputView[] }).versions;
  }, [workshopId, outputId]);

  // A version agreed on any device: the server's note in the sheet's document arrives with the
  // next update, and this device fetches the version at once (and again shortly if that fails).
  useEffect(() => {
    const agreements = ydoc.getMap(AGREEMENTS_MAP);
    let known = newestOf(initialVersions);
    let retry: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;
    const check = () => {
      const signal = readAgreementSignal(agreements.get(outputId));
      if (!signal || signal.version <= known || retry) return;
      fetchVersions().then(
        (list) => {
          if (stopped) return;
          known = Math.max(known, newestOf(list));
          setVersions(list);
          setFresh(signal.version);
        },
        (error: unknown) => {
          console.warn('Plano: fetching the agreed version failed; trying again.', error);
          retry = setTimeout(() => {
            retry = null;
            check();
          }, RETRY_MS);
        },
      );
    };
    agreements.observe(check);
    check();
    return () => {
      stopped = true;
      agreements.unobserve(check);
      if (retry) clearTimeout(retry);
    };
  }, [ydoc, outputId, initialVersions, fetchVersions]);

  async function agree() {
    setBusy(true);
    setFailure(null);
    try {
      const names = presentOf(attendanceSections, attendance);
      const response = await fetch(`/api/workshops/${workshopId}/outputs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ outputId, docName, present: names, note: note.trim() || undefined }),
      });
      if (!response.ok) {
        const answer = (await response.json().catch(() => ({}))) as { error?: unknown };
        setFailure(refusalOf(answer.error, t) ? format(t.outputs.cannotAgree, { reason: refusalOf(answer.error, t)! }) : t.outputs.agreeFailed);
        return;
      }
      const list = await fetchVersions();
      setVersions(list);
      setFresh(newestOf(list));
      setNote('');
      setConfirming(false);
      // The room rarely changes between an agreement and its amendment: keep the choice, typed guests as chips.
      setAttendance((current) => addTypedGuests(current));
    } catch (error) {
      console.error('Plano: agreeing the output failed', error);
      setFailure(t.outputs.agreeFailed);
    } finally {
      setBusy(false);
    }
  }

  const reason = blocker ? format(t.outputs.cannotAgree, { reason: t.outputs.refusals[blocker] }) : null;
  return (
    <section style={{ marginTop: 16 }} data-testid="agreement-panel" data-doc={docName}>
      {reason && (
        <p role="status" id="agree-blocked-reason" data-testid="agree-blocked" data-reason={blocker ?? undefined} style={{ fontWeight: 600, color: '#92400e' }}>
          {reason}
        </p>
      )}
      {canAgree && (
        <div className="plano-card" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end' }}>
          <AttendancePicker sections={attendanceSections} value={attendance} onChange={setAttendance} t={t} />
          <label>
            {t.outputs.note}
            <br />
            <input name="note" value={note} onChange={(e) => setNote(e.target.value)} style={{ minHeight: 44, minWidth: 260 }} />
          </label>
          <button
            type="button"
            data-testid="agree-output"
            onClick={() => setConfirming(true)}
            disabled={busy || blocker !== null || confirming}
            aria-describedby={reason ? 'agree-blocked-reason' : undefined}
            style={{ minHeight: 44, fontWeight: 700 }}
          >
            {busy ? t.outputs.agreeing : t.outputs.agree}
          </button>
          {confirming && blocker === null && (
            <div role="alertdialog" aria-labelledby="agree-confirm-title" data-testid="agree-confirmation" style={{ width: '100%', display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
              <strong id="agree-confirm-title">{format(t.outputs.confirmTitle, { n: newestOf(versions) + 1 })}</strong>
              <span className="plano-muted" style={{ width: '100%' }}>
                {t.outputs.confirmHint}
              </span>
              <button type="button" className="plano-button" data-testid="agree-confirm" onClick={() => void agree()} disabled={busy} style={{ minHeight: 44, fontWeight: 700 }}>
                {t.outputs.confirm}
              </button>
              <button type="button" className="plano-button secondary" data-testid="agree-cancel" onClick={() => setConfirming(false)} disabled={busy} style={{ minHeight: 44 }}>
                {t.outputs.cancel}
              </button>
            </div>
          )}
          {failure && <p role="alert">{failure}</p>}
        </div>
      )}
      <h2>{t.outputs.versions}</h2>
      <AgreedVersions versions={versions} fresh={fresh} t={t} lang={lang} zone={zone} />
    </section>
  );
}
