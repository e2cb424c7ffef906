/**
 * The group a gathered card came from, as stored in its `meta` by the gathering, checked before
 * display: any peer could have written anything there.
 */
export interface GroupMark {
  name: string;
  color: string;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export function groupMarkOf(meta: unknown): GroupMark | null {
  if (meta === null || typeof meta !== 'object') return null;
  const { groupName, groupColor } = meta as { groupName?: unknown; groupColor?: unknown };
  if (typeof groupName !== 'string' || typeof groupColor !== 'string' || !HEX_COLOR.test(groupColor)) return null;
  return { name: groupName.slice(0, 60), color: groupColor };
}
