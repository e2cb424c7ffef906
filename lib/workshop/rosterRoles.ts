import type { BilingualText } from '../i18n/bilingual';

/**
 * Where a person stands in the drafting of the STPP: in the working group (Pokja) with a post, a
 * stakeholder whose interest the plan must weigh, or an invited expert (narasumber).
 */
export const ROSTER_ROLES = ['pokja-chair', 'pokja-secretary', 'pokja-member', 'stakeholder', 'resource-person'] as const;
export type RosterRole = (typeof ROSTER_ROLES)[number];

export const ROSTER_ROLE_LABELS: Record<RosterRole, BilingualText> = {
  'pokja-chair': { id: 'Ketua Pokja', en: 'Working group chair' },
  'pokja-secretary': { id: 'Sekretaris Pokja', en: 'Working group secretary' },
  'pokja-member': { id: 'Anggota Pokja', en: 'Working group member' },
  stakeholder: { id: 'Pemangku kepentingan', en: 'Stakeholder' },
  'resource-person': { id: 'Narasumber', en: 'Resource person' },
};

export function isPokja(role: RosterRole): boolean {
  return role.startsWith('pokja-');
}
