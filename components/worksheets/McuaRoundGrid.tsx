'use client';
import type * as Y from 'yjs';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { format } from '@/lib/i18n/translate';
import type { McuaMatrix, McuaResult } from '@/lib/scoring/mcua';
import { MCUA_ROUND_SCORES_MAP, mcuaRoundScoreKey } from '@/lib/worksheets/mcuaRounds';
import { DEFAULT_SCALE } from '@/lib/worksheets/scale';
import { NumberCell } from './NumberCell';
import { setRoundScore } from './mcuaSheetWrites';
import { scoreRefusal, storedScoreFlag } from './scoreMessages';
import type { SheetPresence } from './sheetPeers';
import { TableScroller } from './TableScroller';

/** A further MCUA round: only the actions tied at the top, scored again on the same criteria and weights. */
export function McuaRoundGrid({ ydoc, round, canWrite, presence, t }: { ydoc: Y.Doc; round: { number: number; matrix: McuaMatrix; result: McuaResult }; canWrite: boolean; presence: SheetPresence; t: Dictionary }) {
  const stored = ydoc.getMap(MCUA_ROUND_SCORES_MAP);
  const utility = new Map(round.result.ranked.map((entry) => [entry.item, entry]));
  return (
    <section className="plano-card" data-testid="mcua-round" data-round={round.number}>
      <h3 style={{ marginTop: 0 }}>{format(t.worksheets.furtherRound, { n: round.number })}</h3>
      <TableScroller t={t}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>{t.worksheets.actions}</th>
              {round.matrix.criteria.map((c) => (
                <th key={c.id} style={{ padding: 4 }}>
                  {c.label}
                  <small style={{ display: 'block', fontWeight: 400 }}>
                    {t.worksheets.weight} {c.weight} · {format(t.worksheets.scaleOf, { min: (c.scale ?? DEFAULT_SCALE).min, max: (c.scale ?? DEFAULT_SCALE).max })}
                  </small>
                </th>
              ))}
              <th>{t.worksheets.utility}</th>
            </tr>
          </thead>
          <tbody>
            {round.matrix.actions.map((a) => (
              <tr key={a.id} data-testid="round-action-row" data-action={a.label}>
                <th scope="row" style={{ textAlign: 'left', padding: 4 }}>
                  {a.label}
                </th>
                {round.matrix.criteria.map((c) => {
                  const key = mcuaRoundScoreKey(round.number, a.id, c.id);
                  const raw = stored.get(key);
                  const scale = c.scale ?? DEFAULT_SCALE;
                  return (
                    <td key={c.id} style={{ padding: 4, textAlign: 'center' }}>
                      <NumberCell
                        value={typeof raw === 'number' ? raw : undefined}
                        label={format(t.worksheets.roundScoreOf, { action: a.label, criterion: c.label, round: round.number })}
                        disabled={!canWrite}
                        onInput={(text) => scoreRefusal(t, setRoundScore(ydoc, round.number, a.id, c.id, text), text, scale)}
                        testId="round-score-cell"
                        t={t}
                        peers={presence.inCell(`round:${key}`)}
                        writer={() => presence.writerOf(MCUA_ROUND_SCORES_MAP, key)}
                        onPresence={(inCell) => presence.enter(inCell ? `round:${key}` : null)}
                        flag={storedScoreFlag(t, raw, scale)}
                      />
                    </td>
                  );
                })}
                <td style={{ textAlign: 'center', fontSize: 18 }} data-testid="round-utility">
                  {utility.get(a.id)?.total.toFixed(2) ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </section>
  );
}
