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
  return (
    <select
      aria-label={format(t.worksheets.scaleFor, { criterion })}
      data-testid="criterion-scale"
      value={scaleKey(scale)}
      onChange={(event) => {
        const chosen = parseScaleKey(event.currentTarget.value);
        if (chosen) onChange(chosen);
      }}
      style={{ minHeight: 44, fontSize: 14, display: 'block', width: '100%' }}
    >
      {choices.map((choice) => (
        <option key={scaleKey(choice)} value={scaleKey(choice)}>
          {format(t.worksheets.scaleOf, { min: choice.min, max: choice.max })}
        </option>
      ))}
    </select>
  );
}
