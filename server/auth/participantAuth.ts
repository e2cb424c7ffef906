/**
 * Participants have no account. Joining gives the device a signed cookie naming the participant;
 * invite links carry the workshop and the role they grant. Every request then reads the
 * participant's CURRENT role and group from the database, so changes and removals apply at once.
 */
import { z } from 'zod';
import { createClaimsSigner, type ClaimsSigner } from './signedClaims';

export const PARTICIPANT_COOKIE = 'plano-participant';
/** A participant stays signed in on a device for the length of a workshop week. */
export const PARTICIPANT_SESSION_SECONDS = 7 * 24 * 60 * 60;

const SessionSchema = z.object({ pid: z.string().min(1).max(64), wid: z.string().min(1).max(64) });
/** Invites name their share_links row (`lid`): only a live row lets them in, so they can be revoked. */
const InviteSchema = z.object({ wid: z.string().min(1).max(64), role: z.enum(['participant', 'observer']), lid: z.string().min(1).max(64) });
const FacilitatorInviteSchema = z.object({ wid: z.string().min(1).max(64), lid: z.string().min(1).max(64) });

export type ParticipantSessionClaims = z.infer<typeof SessionSchema>;
export type InviteClaims = z.infer<typeof InviteSchema>;
export type FacilitatorInviteClaims = z.infer<typeof FacilitatorInviteSchema>;

export interface ParticipantAuth {
  sessions: ClaimsSigner<ParticipantSessionClaims>;
  invites: ClaimsSigner<InviteClaims>;
  /** Links that make their holder a co-facilitator (with an account) of one workshop. */
  facilitatorInvites: ClaimsSigner<FacilitatorInviteClaims>;
}

export function createParticipantAuth(authSecret: string): ParticipantAuth {
  return {
    sessions: createClaimsSigner(authSecret, 'participant session v1', SessionSchema),
    invites: createClaimsSigner(authSecret, 'invite v2', InviteSchema),
    facilitatorInvites: createClaimsSigner(authSecret, 'facilitator invite v2', FacilitatorInviteSchema),
  };
}
