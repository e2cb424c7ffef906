import type { CSSProperties } from 'react';
import { dictionaryFor, format, type Lang } from '@/lib/i18n/translate';
import type { ChangeTag, FlowRole } from '@/lib/shapes/card';

/** Height a card gives its badge row, in page units; the card grows by it rather than hiding text. */
export const BADGE_ROW_H = 34;

/** Dark enough for white text on every card colour; red for removal, the others apart by hue. */
export const CHANGE_TAG_COLOUR: Record<ChangeTag, string> = {
  hapus: '#c53030',
  gabung: '#6b46c1',
  sederhanakan: '#276749',
  limpahkan: '#9c4221',
};

const DECISION_COLOUR = '#2c5282';

function badgeStyle(background: string): CSSProperties {
  return {
    display: 'inline-flex',
    alignItems: 'center',
    height: 28,
    padding: '0 10px',
    borderRadius: 14,
    background,
    color: '#fff',
    font: '700 17px/1 system-ui, sans-serif',
    whiteSpace: 'nowrap',
  };
}

/** The flowchart marks of a card: "◇ Keputusan" for a decision, its change tag as a word. */
export function CardFlowBadges({ role, tag, lang }: { role: FlowRole; tag: ChangeTag | ''; lang: Lang }) {
  if (role !== 'decision' && tag === '') return null;
  const t = dictionaryFor(lang).flowchart;
  return (
    <div style={{ position: 'relative', display: 'flex', gap: 6, height: BADGE_ROW_H - 6, marginBottom: 6, flexShrink: 0, overflow: 'hidden' }}>
      {role === 'decision' && (
        <span data-testid="card-decision-badge" style={badgeStyle(DECISION_COLOUR)}>
          ◇ {t.decision}
        </span>
      )}
      {tag !== '' && (
        <span data-testid="card-change-tag" data-tag={tag} aria-label={format(t.tagLabel, { tag: t.tags[tag] })} style={badgeStyle(CHANGE_TAG_COLOUR[tag])}>
          {t.tags[tag]}
        </span>
      )}
    </div>
  );
}

/**
 * A rhombus drawn behind a decision card's text: the flowchart symbol, while the card keeps its
 * rectangle so that long text stays readable.
 */
export function DecisionOutline({ w, h }: { w: number; h: number }) {
  return (
    <svg aria-hidden width={w} height={h} style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}>
      <polygon points={`${w / 2},3 ${w - 3},${h / 2} ${w / 2},${h - 3} 3,${h / 2}`} fill="none" stroke={DECISION_COLOUR} strokeWidth={3} strokeOpacity={0.35} />
    </svg>
  );
}
