'use client';

import { useState, type CSSProperties, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import type * as Y from 'yjs';
import { COLOR_MEANING_MAX_CHARS, META_CARD_COLOR_MEANINGS, toStoredColorMeanings, type ColorMeanings, type ColorMeaningsProblem } from '@/lib/board/colorMeanings';
import { META_MAP } from '@/lib/board/docMeta';
import { dictionaryFor, format, type Lang } from '@/lib/i18n/translate';
import { CARD_COLOR_FILL, CARD_COLORS, type CardColor } from '@/lib/shapes/cardColors';
import { panelButtonStyle as buttonStyle } from './panelButtonStyle';

const backdropStyle: CSSProperties = {
  position: 'fixed',
  inset: 0,
  zIndex: 2000,
  display: 'flex',
  alignItems: 'flex-start',
  justifyContent: 'center',
  padding: '72px 12px 12px',
  background: 'rgba(26,32,44,0.45)',
  pointerEvents: 'all',
  overflowY: 'auto',
};

const dialogStyle: CSSProperties = {
  width: 'min(520px, 100%)',
  display: 'flex',
  flexDirection: 'column',
  gap: 12,
  padding: 20,
  borderRadius: 16,
  background: '#fff',
  color: '#1a202c',
  boxShadow: '0 8px 32px rgba(0,0,0,0.3)',
  font: '16px/1.4 system-ui, sans-serif',
};

const inputStyle: CSSProperties = {
  flex: 1,
  minWidth: 0,
  minHeight: 44,
  padding: '0 12px',
  borderRadius: 10,
  border: '2px solid #a0aec0',
  font: '18px/1 system-ui, sans-serif',
};

type Draft = Record<CardColor, string>;

function draftOf(stored: ColorMeanings): Draft {
  return Object.fromEntries(CARD_COLORS.map((color) => [color, stored[color] ?? ''])) as Draft;
}

/** Writes the facilitator's meanings into the board's `meta` (the server refuses anyone else). */
function writeColorMeanings(ydoc: Y.Doc, meanings: ColorMeanings): void {
  const meta = ydoc.getMap(META_MAP);
  if (Object.keys(meanings).length === 0) meta.delete(META_CARD_COLOR_MEANINGS);
  else meta.set(META_CARD_COLOR_MEANINGS, meanings);
}

export interface ColorMeaningsEditorProps {
  ydoc: Y.Doc;
  lang: Lang;
  /** The facilitator's texts now in `meta`: the fields start from them. */
  stored: ColorMeanings;
  /** What each colour means now: shown as the placeholder of an empty field. */
  shown: Readonly<Record<CardColor, string>>;
}

/**
 * The facilitator's "what does each colour mean" button on the card panel, and its dialog: one
 * text field per card colour. An empty field gives the colour back its earlier meaning.
 */
export function ColorMeaningsEditor({ ydoc, lang, stored, shown }: ColorMeaningsEditorProps) {
  const t = dictionaryFor(lang).colorMeanings;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problems, setProblems] = useState<readonly ColorMeaningsProblem[]>([]);

  const open = () => {
    setDraft(draftOf(stored));
    setProblems([]);
  };
  const close = () => setDraft(null);
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const result = toStoredColorMeanings(draft);
    if (!result.ok) return setProblems(result.problems);
    writeColorMeanings(ydoc, result.meanings);
    close();
  };
  const problemText = (color: CardColor) => {
    const problem = problems.find((candidate) => candidate.color === color);
    if (!problem) return null;
    return problem.reason === 'too-long' ? format(t.tooLong, { max: COLOR_MEANING_MAX_CHARS }) : t.notOneLine;
  };

  return (
    <>
      <button type="button" data-testid="edit-color-meanings" title={t.editHint} onClick={open} style={buttonStyle}>
        {t.edit}
      </button>
      {draft &&
        // In a portal: the card panel is transformed, which would pin a fixed backdrop to it.
        createPortal(
          <div
            style={backdropStyle}
            // The canvas underneath must not see taps or keys meant for the dialog.
            onPointerDown={(event) => {
              event.stopPropagation();
              if (event.target === event.currentTarget) close();
            }}
            onKeyDown={(event) => {
              event.stopPropagation();
              if (event.key === 'Escape') close();
            }}
          >
            <form role="dialog" aria-modal="true" aria-labelledby="color-meanings-title" data-testid="color-meanings-dialog" onSubmit={save} style={dialogStyle}>
              <h2 id="color-meanings-title" style={{ margin: 0, font: '700 20px/1.3 system-ui, sans-serif' }}>
                {t.title}
              </h2>
              <p style={{ margin: 0, color: '#4a5568' }}>{t.intro}</p>
              {CARD_COLORS.map((color) => {
                const problem = problemText(color);
                const name = t.colorNames[color];
                return (
                  <label key={color} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
                    <span style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
                      <span aria-hidden style={{ width: 44, height: 44, flex: 'none', borderRadius: 8, background: CARD_COLOR_FILL[color], border: '1px solid #a0aec0' }} />
                      <span style={{ width: 110, flex: 'none', fontWeight: 600 }}>{name}</span>
                      <input
                        data-testid="color-meaning-input"
                        data-color={color}
                        aria-label={format(t.fieldLabel, { colour: name })}
                        aria-invalid={problem !== null}
                        value={draft[color]}
                        placeholder={shown[color]}
                        // A little slack over the limit so a pasted text is seen and shortened, not cut silently.
                        maxLength={COLOR_MEANING_MAX_CHARS + 20}
                        onChange={(event) => setDraft({ ...draft, [color]: event.target.value })}
                        style={{ ...inputStyle, borderColor: problem ? '#c53030' : '#a0aec0' }}
                      />
                    </span>
                    {problem && (
                      <span role="alert" style={{ marginLeft: 164, color: '#c53030', fontSize: 14 }}>
                        {problem}
                      </span>
                    )}
                  </label>
                );
              })}
              <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8, marginTop: 4 }}>
                <button type="button" data-testid="color-meanings-cancel" onClick={close} style={buttonStyle}>
                  {t.cancel}
                </button>
                <button type="submit" data-testid="color-meanings-save" style={{ ...buttonStyle, background: '#2b6cb0', borderColor: '#2b6cb0', color: '#fff' }}>
                  {t.save}
                </button>
              </div>
            </form>
          </div>,
          document.body,
        )}
    </>
  );
}
