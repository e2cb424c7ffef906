/**
 * Who may do what, as pure functions shared by the server (which enforces) and the UI (which
 * only hides controls). Ask for a capability, never compare roles at the call site.
 */
export const ROLES = ['facilitator', 'participant', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export type DocKind = 'board' | 'plenary' | 'worksheet';

/** What the server knows about a document when deciding access. */
export interface DocAccessInfo {
  workshopId: string;
  kind: DocKind;
  /** The breakout group that owns the board; null for workshop-wide documents. */
  groupId: string | null;
  /** True while the facilitator has opened the plenary (or a shared doc) for participants' writes. */
  openForParticipants: boolean;
  /** A locked document refuses every write except the facilitator's. */
  locked: boolean;
}

/** The person acting, as established by a session cookie or a signed token. */
export interface Principal {
  userId: string;
  workshopId: string;
  role: Role;
  groupId: string | null;
}

/**
 * read and write the document; share: hand out links (tokens) that open it; configure: change the
 * board's session settings (lock, dot vote, private mode).
 */
export type DocAction = 'read' | 'write' | 'share' | 'configure';

export function can(principal: Principal, action: DocAction, doc: DocAccessInfo): boolean {
  if (principal.workshopId !== doc.workshopId) return false;
  if (action === 'read') return true;
  if (action === 'share' || action === 'configure') return principal.role === 'facilitator';
  switch (principal.role) {
    case 'facilitator':
      return true;
    case 'observer':
      return false;
    case 'participant':
      if (doc.locked) return false;
      if (doc.kind === 'board' && doc.groupId !== null) return doc.groupId === principal.groupId || doc.openForParticipants;
      return doc.openForParticipants;
  }
}

/**
 * Signals on a live board (awareness, nothing stored): raise a hand; lead the session (lower
 * others' hands, be followed with "follow me"). The server stamps the role on every presence it
 * relays, so clients read these from the verified role, never from what a device claims.
 */
export type SessionAction = 'raiseHand' | 'lead';

export function canInSession(role: Role, action: SessionAction): boolean {
  switch (action) {
    case 'raiseHand':
      return role !== 'observer';
    case 'lead':
      return role === 'facilitator';
  }
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Workshop-wide actions: manage people, groups and invitations. */
export type WorkshopAction = 'manage';

export function canInWorkshop(principal: Principal, action: WorkshopAction, workshopId: string): boolean {
  if (principal.workshopId !== workshopId) return false;
  switch (action) {
    case 'manage':
      return principal.role === 'facilitator';
  }
}
