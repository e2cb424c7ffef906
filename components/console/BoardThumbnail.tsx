import type { AreaTone } from '@/lib/shapes/area';
import type { Thumbnail } from '@/lib/session/boardThumbnail';

const TONE_FILL: Record<AreaTone, string> = {
  plain: '#ffffff',
  sky: '#e4f3fc',
  sand: '#fef5e4',
  rose: '#fdeef2',
  mint: '#e6f9ec',
  lilac: '#f3ebfe',
};

/** Card text is only drawn while it can still be told apart at thumbnail size. */
const MAX_LABELLED_CARDS = 40;

/** A board in miniature: the sheet's areas and its cards, read-only. */
export function BoardThumbnail({ thumbnail, label }: { thumbnail: Thumbnail; label: string }) {
  const box = thumbnail.viewBox ?? { x: 0, y: 0, w: 1600, h: 1000 };
  const labelled = thumbnail.cards.length <= MAX_LABELLED_CARDS;
  return (
    <svg
      viewBox={`${box.x} ${box.y} ${box.w} ${box.h}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
      style={{ width: '100%', height: 180, display: 'block', background: '#f7fafc', borderRadius: 10, border: '1px solid #e2e8f0' }}
      data-testid="console-thumbnail"
      data-cards={thumbnail.cards.length}
    >
      {thumbnail.areas.map((area) =>
        area.outline === 'ellipse' ? (
          <ellipse key={area.id} cx={area.x + area.w / 2} cy={area.y + area.h / 2} rx={area.w / 2} ry={area.h / 2} fill={TONE_FILL[area.tone]} stroke="#a0aec0" strokeWidth={4} />
        ) : (
          <rect key={area.id} x={area.x} y={area.y} width={area.w} height={area.h} fill={TONE_FILL[area.tone]} stroke="#a0aec0" strokeWidth={4} />
        ),
      )}
      {thumbnail.cards.map((card) => (
        <g key={card.id}>
          <rect x={card.x} y={card.y} width={card.w} height={card.h} rx={8} fill={card.fill} stroke="#4a5568" strokeWidth={3} />
          {labelled && card.text && (
            <text x={card.x + 12} y={card.y + 40} fontSize={30} fontFamily="system-ui, sans-serif" fill="#1a202c">
              {card.text.length > 14 ? `${card.text.slice(0, 13)}…` : card.text}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
