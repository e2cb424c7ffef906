/** What a score or weight cell says when it writes nothing, and about a stored score off its scale. */
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { format } from '@/lib/i18n/translate';
import { scoreProblem, type Scale, type ScoreInput } from '@/lib/worksheets/scale';
import { MAX_WEIGHT } from '@/lib/worksheets/mcuaSheet';
import type { WeightInput } from './mcuaSheetWrites';

export function scoreRefusal(t: Dictionary, input: ScoreInput, text: string, scale: Scale): string | null {
  if (input.ok) return null;
  return input.problem === 'notANumber' ? format(t.worksheets.notANumber, { text }) : format(t.worksheets.outOfScale, { min: scale.min, max: scale.max, text });
}

export function weightRefusal(t: Dictionary, input: WeightInput, text: string): string | null {
  if (input.ok) return null;
  return input.problem === 'notANumber' ? format(t.worksheets.notANumber, { text }) : format(t.worksheets.weightOutOfRange, { max: MAX_WEIGHT, text });
}

/** For a stored score its scale no longer allows (the scale was narrowed since): why it does not count. */
export function storedScoreFlag(t: Dictionary, value: unknown, scale: Scale): string | null {
  if (typeof value !== 'number' || scoreProblem(value, scale) === null) return null;
  return format(t.worksheets.storedOutOfScale, { value, min: scale.min, max: scale.max });
}
