/**
 * Choice lists several forms share, taken from the method's vocabularies so a worksheet, a board
 * and the MCUA use the same ids and words (an `aspect` choice is what 4.7 reads as the MCUA aspect).
 */
import type { VocabularyTerm } from '../../method/vocabularies';
import { ACTION_ASPECTS, ACTION_READINESS, ACTION_TIME_FRAMES, LOGFRAME_LEVELS, P3O_AREAS } from '../../method/vocabularies';
import type { Choice, ColumnSpec } from '../tableForm';

export function choicesOf(terms: readonly VocabularyTerm[]): Choice[] {
  return terms.map(({ key, label }) => ({ id: key, label }));
}

/** Technical, financial or management (P3O): the MCUA aspect group of an action. */
export const ASPECT_CHOICES = choicesOf(ACTION_ASPECTS);
export const P3O_CHOICES = choicesOf(P3O_AREAS);
export const READINESS_CHOICES = choicesOf(ACTION_READINESS);
export const TIME_FRAME_CHOICES = choicesOf(ACTION_TIME_FRAMES);
export const LOGFRAME_LEVEL_CHOICES = choicesOf(LOGFRAME_LEVELS);

/** The column 4.7 reads an action's aspect from (see `itemsOf`); keep its id `aspect`. */
export const aspectColumn: ColumnSpec = { id: 'aspect', label: { id: 'Aspek', en: 'Aspect' }, type: 'choice', choices: ASPECT_CHOICES };

export const personInChargeColumn: ColumnSpec = { id: 'personInCharge', label: { id: 'Penanggung jawab', en: 'Person in charge' }, type: 'text' };

export const notesColumn: ColumnSpec = { id: 'notes', label: { id: 'Catatan', en: 'Notes' }, type: 'longText' };

/** An amount of money in rupiah; never negative. */
export function rupiahColumn(id: string, label: ColumnSpec['label']): ColumnSpec {
  return { id, label, type: 'number', min: 0, hint: { id: 'Rupiah', en: 'Rupiah' } };
}
