'use client';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { format } from '@/lib/i18n/translate';
import { parseScaleKey, SCALE_PRESETS, sameScale, scaleKey, type Scale } from '@/lib/worksheets/scale';

/**
 * A criterion's scale under its name: words for everyone ("skala 1–5"), a choice of the usual
 * scales for the facilitator, who alone may change it.
 */
export function ScalePicker({ scale, criterion, editable, onChange, t }: { scale: Scale; criterion: string; editable: boolean; onChange: (scale: Scale) => void; t: Dictionary }) {
  const words = format(t.worksheets.scaleOf, { min: scale.min, max: scale.max });
  if (!editable) {
    return (
      <small className="plano-muted" data-testid="criterion-scale" style={{ display: 'block', fontWeight: 400 }}>
        {words}
      </small>
    );
  }
  const choices = SCALE_PRESETS.some((preset) => sameScale(preset, scale)) ? SCALE_PRESETS : [...SCALE_PRESETS, scale];
  // "skala" beside a short choice ("1–5"): the column stays as narrow as its scores.
  return (
    <label style={{ display: 'flex', alignItems: 'center', gap: 4, fontWeight: 400, fontSize: 13 }}>
      <span className="plano-muted">{t.worksheets.scale}</span>
      <select
        aria-label={format(t.worksheets.scaleFor, { criterion })}
        data-testid="criterion-scale"
        value={scaleKey(scale)}
        onChange={(event) => {
          const chosen = parseScaleKey(event.currentTarget.value);
          if (chosen) onChange(chosen);
        }}
        style={{ minHeight: 44, fontSize: 15, width: '5.5em' }}
      >
        {choices.map((choice) => (
          <option key={scaleKey(choice)} value={scaleKey(choice)}>
            {choice.min}–{choice.max}
          </option>
        ))}
      </select>
    </label>
  );
}
