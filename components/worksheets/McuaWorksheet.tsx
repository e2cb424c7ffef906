'use client';
import { useState, type FormEvent } from 'react';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { MCUA_ASPECTS, type McuaAspect } from '@/lib/scoring/mcua';
import { mcuaOutputData } from '@/lib/outputs/agreedData';
import { readMcuaRounds } from '@/lib/worksheets/mcuaRounds';
import { readMcuaSheet, roundsOfSnapshot, scoreKey, snapshotMcuaSheet } from '@/lib/worksheets/mcuaSheet';
import { DEFAULT_SCALE } from '@/lib/worksheets/scale';
import { AgreementPanel } from './AgreementPanel';
import { McuaRanking } from './McuaRanking';
import { NumberCell } from './NumberCell';
import { addAction, addCriterion, removeAction, removeCriterion, setScale, setScore, setWeight, weightInput } from './mcuaSheetWrites';
import { ScalePicker } from './ScalePicker';
import { scoreRefusal, storedScoreFlag, weightRefusal } from './scoreMessages';
import { sheetPresence } from './sheetPeers';
import { TableScroller } from './TableScroller';
import { UndoBar } from './UndoBar';
import { useWorksheetDoc } from './useWorksheetDoc';
import type { WorksheetProps } from './worksheetProps';
import { WorksheetStatus } from './WorksheetStatus';

const TOUCH = { minHeight: 44, minWidth: 44, fontSize: 16, flex: 'none' } as const;

/** A share as people read it: whole percent, one decimal when below 10. */
export function formatPercent(share: number, lang: 'id' | 'en'): string {
  const percent = share * 100;
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: percent < 10 ? 1 : 0 }).format(percent);
}

/** The MCUA worksheet of topic 4.7: criteria and weights, actions, the score grid and the live ranking. */
export function McuaWorksheet({ workshopId, outputId, docName, canWrite, canAgree, versions, lang, zone, viewer }: WorksheetProps) {
  const t = dictionaryFor(lang);
  const sheet = useWorksheetDoc(docName, viewer);
  const [criterion, setCriterion] = useState({ label: '', weight: '' });
  const [action, setAction] = useState<{ label: string; aspect: McuaAspect }>({ label: '', aspect: 'technical' });
  if (!sheet) return <p className="plano-muted">{t.worksheets.connection.connecting}</p>;
  const { ydoc } = sheet;
  const snapshot = snapshotMcuaSheet(ydoc);
  const matrix = readMcuaSheet(snapshot);
  const further = readMcuaRounds(roundsOfSnapshot(snapshot), matrix);
  // The same check the server makes when the facilitator agrees, so every device says why not yet.
  const agreement = mcuaOutputData(matrix, further);
  const weights = ydoc.getMap<number>('weights');
  const storedScores = ydoc.getMap('scores');
  const presence = sheetPresence(sheet);
  const totalWeight = matrix.criteria.reduce((sum, c) => sum + c.weight, 0);
  const newWeight = weightInput(criterion.weight);

  function submitCriterion(event: FormEvent) {
    event.preventDefault();
    if (!criterion.label.trim() || !newWeight.ok || newWeight.value === null) return;
    addCriterion(ydoc, criterion.label, newWeight.value);
    setCriterion({ label: '', weight: '' });
  }
  function submitAction(event: FormEvent) {
    event.preventDefault();
    if (!action.label.trim()) return;
    addAction(ydoc, action.label, action.aspect);
    setAction({ label: '', aspect: action.aspect });
  }

  return (
    <div data-testid="mcua-worksheet" data-connection={sheet.connection}>
      <WorksheetStatus connection={sheet.connection} canWrite={canWrite} t={t} />
      {canWrite && <UndoBar undo={sheet.undo} t={t} />}

      {canWrite && (
        <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))' }}>
          <form className="plano-card" data-testid="criterion-form" onSubmit={submitCriterion} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end' }}>
            <h2 style={{ width: '100%', margin: 0 }}>{t.worksheets.criteria}</h2>
            <label>
              {t.worksheets.criterionLabel}
              <br />
              <input name="label" required maxLength={200} value={criterion.label} onChange={(e) => setCriterion({ ...criterion, label: e.target.value })} style={TOUCH} />
            </label>
            <label>
              {t.worksheets.weight}
              <br />
              <input
                name="weight"
                required
                inputMode="decimal"
                aria-invalid={!newWeight.ok}
                value={criterion.weight}
                onChange={(e) => setCriterion({ ...criterion, weight: e.target.value })}
                style={{ ...TOUCH, width: '5em' }}
              />
            </label>
            {!newWeight.ok && (
              <small role="alert" className="plano-error" style={{ width: '100%' }}>
                {weightRefusal(t, newWeight, criterion.weight)}
              </small>
            )}
            <button type="submit" style={TOUCH}>
              {t.worksheets.addCriterion}
            </button>
          </form>
          <form className="plano-card" data-testid="action-form" onSubmit={submitAction} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end' }}>
            <h2 style={{ width: '100%', margin: 0 }}>{t.worksheets.actions}</h2>
            <label>
              {t.worksheets.actionLabel}
              <br />
              <input name="label" required maxLength={200} value={action.label} onChange={(e) => setAction({ ...action, label: e.target.value })} style={TOUCH} />
            </label>
            <label>
              {t.worksheets.aspect}
              <br />
              <select name="aspect" value={action.aspect} onChange={(e) => setAction({ ...action, aspect: e.target.value as McuaAspect })} style={TOUCH}>
                {MCUA_ASPECTS.map((aspect) => (
                  <option key={aspect} value={aspect}>
                    {t.worksheets.aspects[aspect]}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" style={TOUCH}>
              {t.worksheets.addAction}
            </button>
          </form>
        </div>
      )}

      <h2>{t.worksheets.scores}</h2>
      <TableScroller t={t}>
        <table data-testid="score-grid" style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left', minWidth: '12em' }}>{t.worksheets.actions}</th>
              <th>{t.worksheets.aspect}</th>
              {matrix.criteria.map((c) => (
                <th key={c.id} data-testid="criterion-column" style={{ padding: 4, verticalAlign: 'bottom', minWidth: '7em' }}>
                  <div style={{ display: 'flex', gap: 4, alignItems: 'center', justifyContent: 'center' }}>
                    <span>{c.label}</span>
                    {canWrite && (
                      <button type="button" onClick={() => removeCriterion(ydoc, c.id)} style={TOUCH} aria-label={`${t.worksheets.remove} ${c.label}`}>
                        ✕
                      </button>
                    )}
                  </div>
                  <NumberCell
                    value={weights.get(c.id)}
                    label={`${t.worksheets.weight} ${c.label}`}
                    disabled={!canWrite}
                    onInput={(text) => weightRefusal(t, setWeight(ydoc, c.id, text), text)}
                    testId="weight-cell"
                    t={t}
                    peers={presence.inCell(`weight:${c.id}`)}
                    writer={() => presence.writerOf('weights', c.id)}
                    onPresence={(inCell) => presence.enter(inCell ? `weight:${c.id}` : null)}
                  />
                  <small data-testid="weight-share" style={{ display: 'block', fontWeight: 400 }}>
                    {totalWeight > 0 ? format(t.worksheets.weightShare, { percent: formatPercent(c.weight / totalWeight, lang) }) : ''}
                  </small>
                  <ScalePicker scale={c.scale ?? DEFAULT_SCALE} criterion={c.label} editable={canAgree} onChange={(scale) => setScale(ydoc, c.id, scale)} t={t} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.actions.map((a) => (
              <tr key={a.id} data-testid="action-row">
                <th scope="row" style={{ textAlign: 'left', padding: 4 }}>
                  <div style={{ display: 'flex', gap: 4, alignItems: 'center' }}>
                    <span>{a.label}</span>
                    {canWrite && (
                      <button type="button" onClick={() => removeAction(ydoc, a.id)} style={TOUCH} aria-label={`${t.worksheets.remove} ${a.label}`}>
                        ✕
                      </button>
                    )}
                  </div>
                </th>
                <td style={{ padding: 4 }}>{t.worksheets.aspects[a.aspect]}</td>
                {matrix.criteria.map((c) => {
                  const key = scoreKey(a.id, c.id);
                  const raw = storedScores.get(key);
                  const scale = c.scale ?? DEFAULT_SCALE;
                  return (
                    <td key={c.id} style={{ padding: 4, textAlign: 'center' }}>
                      <NumberCell
                        value={typeof raw === 'number' ? raw : undefined}
                        label={format(t.worksheets.scoreOf, { action: a.label, criterion: c.label })}
                        disabled={!canWrite}
                        onInput={(text) => scoreRefusal(t, setScore(ydoc, a.id, c.id, text), text, scale)}
                        testId="score-cell"
                        t={t}
                        peers={presence.inCell(key)}
                        writer={() => presence.writerOf('scores', key)}
                        onPresence={(inCell) => presence.enter(inCell ? key : null)}
                        flag={storedScoreFlag(t, raw, scale)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>

      <h2>{t.worksheets.ranking}</h2>
      <McuaRanking ydoc={ydoc} matrix={matrix} further={further} canWrite={canWrite} canStartRound={canWrite && canAgree} presence={presence} t={t} lang={lang} />

      <AgreementPanel workshopId={workshopId} outputId={outputId} docName={docName} ydoc={ydoc} canAgree={canAgree} blocker={agreement.ok ? null : agreement.reason} initialVersions={versions} t={t} lang={lang} zone={zone} />
    </div>
  );
}
