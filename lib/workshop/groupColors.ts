/** Breakout group colours, like the coloured card sets of a paper workshop; readable with white text. */
export const GROUP_COLORS = ['#c2410c', '#15803d', '#1d4ed8', '#a21caf', '#b45309', '#0f766e', '#be123c', '#4d7c0f'] as const;

export type GroupColor = (typeof GROUP_COLORS)[number];

export function isGroupColor(value: string): value is GroupColor {
  return (GROUP_COLORS as readonly string[]).includes(value);
}

/** The colour for the n-th group of a workshop (0-based), cycling through the palette. */
export function colorForGroupIndex(index: number): GroupColor {
  return GROUP_COLORS[((index % GROUP_COLORS.length) + GROUP_COLORS.length) % GROUP_COLORS.length];
}
