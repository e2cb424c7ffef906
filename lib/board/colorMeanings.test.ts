import { describe, expect, it } from 'vitest';
import { CARD_COLOR_MEANINGS_META_KEY } from '../shapes/cardColors';
import { COLOR_MEANING_MAX_CHARS, readColorMeanings, resolveColorMeanings, toStoredColorMeanings, type ColorMeaningsDraft } from './colorMeanings';

const emptyDraft: ColorMeaningsDraft = { yellow: '', pink: '', blue: '', green: '', orange: '' };

describe('the facilitator’s card colour meanings', () => {
  it('stores what the facilitator typed, trimmed, and leaves empty fields out', () => {
    const result = toStoredColorMeanings({ ...emptyDraft, pink: '  masalah ', green: 'ide perbaikan' });
    expect(result).toEqual({ ok: true, meanings: { pink: 'masalah', green: 'ide perbaikan' } });
  });

  it('refuses a meaning longer than a swatch can show, naming the colour', () => {
    const result = toStoredColorMeanings({ ...emptyDraft, blue: 'x'.repeat(COLOR_MEANING_MAX_CHARS + 1), yellow: 'ide' });
    expect(result).toEqual({ ok: false, problems: [{ color: 'blue', reason: 'too-long' }] });
    expect(toStoredColorMeanings({ ...emptyDraft, blue: 'x'.repeat(COLOR_MEANING_MAX_CHARS) }).ok).toBe(true);
  });

  it('refuses a meaning on two lines', () => {
    expect(toStoredColorMeanings({ ...emptyDraft, orange: 'akar\nmasalah' })).toEqual({ ok: false, problems: [{ color: 'orange', reason: 'not-one-line' }] });
  });

  it('reads each well-formed colour from a peer’s value and ignores the malformed ones', () => {
    const fromPeer = { pink: 'masalah', blue: 42, green: 'y'.repeat(COLOR_MEANING_MAX_CHARS + 5), orange: '', purple: 'bukan warna kartu' };
    expect(readColorMeanings(fromPeer)).toEqual({ pink: 'masalah' });
    for (const junk of [null, undefined, 'masalah', ['masalah'], 7]) expect(readColorMeanings(junk)).toEqual({});
  });

  it('shows the facilitator’s text first, then an older board’s meaning, then the default in the reader’s language', () => {
    const olderBoard = { [CARD_COLOR_MEANINGS_META_KEY]: { blue: { id: 'Harapan warga', en: 'Citizens’ hopes' } } };
    const shown = resolveColorMeanings({ pink: 'masalah' }, olderBoard, 'en');
    expect(shown.pink).toBe('masalah');
    expect(shown.blue).toBe('Citizens’ hopes');
    expect(shown.yellow).toBe('Idea');
    expect(resolveColorMeanings({}, olderBoard, 'id').blue).toBe('Harapan warga');
    expect(resolveColorMeanings({}, undefined, 'id').pink).toBe('Masalah');
  });

  it('lets a cleared field fall back to the earlier meaning', () => {
    const stored = toStoredColorMeanings({ ...emptyDraft, pink: '   ' });
    expect(stored).toEqual({ ok: true, meanings: {} });
    expect(resolveColorMeanings(stored.ok ? stored.meanings : {}, undefined, 'id').pink).toBe('Masalah');
  });
});
