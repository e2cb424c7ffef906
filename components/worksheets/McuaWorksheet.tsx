'use client';
import { useState, type FormEvent } from 'react';
import { dictionaryFor, format } from '@/lib/i18n/translate';
import { MCUA_ASPECTS, type McuaAspect } from '@/lib/scoring/mcua';
import { readMcuaSheet, snapshotMcuaSheet } from '@/lib/worksheets/mcuaSheet';
import { AgreementPanel } from './AgreementPanel';
import { McuaRanking } from './McuaRanking';
import { NumberCell } from './NumberCell';
import { addAction, addCriterion, removeAction, removeCriterion, setScore, setWeight } from './mcuaSheetWrites';
import { useWorksheetDoc } from './useWorksheetDoc';
import type { WorksheetProps } from './worksheetProps';
import { WorksheetStatus } from './WorksheetStatus';

const TOUCH = { minHeight: 44, fontSize: 16 } as const;

/** The MCUA worksheet of topic 4.7: criteria and weights, actions, the score grid and the live ranking. */
export function McuaWorksheet({ workshopId, outputId, docName, canWrite, canAgree, versions, lang, zone, viewer }: WorksheetProps) {
  const t = dictionaryFor(lang);
  const sheet = useWorksheetDoc(docName, viewer);
  const [criterion, setCriterion] = useState({ label: '', weight: '' });
  const [action, setAction] = useState<{ label: string; aspect: McuaAspect }>({ label: '', aspect: 'technical' });
  if (!sheet) return <p className="plano-muted">{t.worksheets.connection.connecting}</p>;
  const { ydoc } = sheet;
  const matrix = readMcuaSheet(snapshotMcuaSheet(ydoc));
  const weights = ydoc.getMap<number>('weights');

  function submitCriterion(event: FormEvent) {
    event.preventDefault();
    const weight = Number(criterion.weight.replace(',', '.'));
    if (!criterion.label.trim() || !Number.isFinite(weight) || weight < 0) return;
    addCriterion(ydoc, criterion.label, weight);
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
              <input name="weight" required inputMode="decimal" value={criterion.weight} onChange={(e) => setCriterion({ ...criterion, weight: e.target.value })} style={{ ...TOUCH, width: '5em' }} />
            </label>
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
      <div style={{ overflowX: 'auto' }}>
        <table data-testid="score-grid" style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>{t.worksheets.actions}</th>
              <th>{t.worksheets.aspect}</th>
              {matrix.criteria.map((c) => (
                <th key={c.id} data-testid="criterion-column" style={{ padding: 4 }}>
                  <div>{c.label}</div>
                  <NumberCell
                    value={weights.get(c.id)}
                    label={`${t.worksheets.weight} ${c.label}`}
                    disabled={!canWrite}
                    onInput={(text) => setWeight(ydoc, c.id, text)}
                    testId="weight-cell"
                  />
                  {canWrite && (
                    <button type="button" onClick={() => removeCriterion(ydoc, c.id)} style={TOUCH} aria-label={`${t.worksheets.remove} ${c.label}`}>
                      ✕
                    </button>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.actions.map((a) => (
              <tr key={a.id} data-testid="action-row">
                <th scope="row" style={{ textAlign: 'left', padding: 4 }}>
                  {a.label}
                </th>
                <td style={{ padding: 4 }}>{t.worksheets.aspects[a.aspect]}</td>
                {matrix.criteria.map((c) => (
                  <td key={c.id} style={{ padding: 4, textAlign: 'center' }}>
                    <NumberCell
                      value={matrix.scores[a.id]?.[c.id]}
                      label={format(t.worksheets.scoreOf, { action: a.label, criterion: c.label })}
                      disabled={!canWrite}
                      onInput={(text) => setScore(ydoc, a.id, c.id, text)}
                      testId="score-cell"
                    />
                  </td>
                ))}
                {canWrite && (
                  <td>
                    <button type="button" onClick={() => removeAction(ydoc, a.id)} style={TOUCH} aria-label={`${t.worksheets.remove} ${a.label}`}>
                      ✕
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t.worksheets.ranking}</h2>
      <McuaRanking matrix={matrix} t={t} />

      <AgreementPanel workshopId={workshopId} outputId={outputId} docName={docName} canAgree={canAgree} initialVersions={versions} t={t} lang={lang} zone={zone} />
    </div>
  );
}
