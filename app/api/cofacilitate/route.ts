import { NextResponse } from 'next/server';
import { acceptFacilitatorInvite } from '@/server/web/coFacilitation';
import { parseJsonBody } from '@/server/web/routeHelpers';
import { AcceptInviteSchema } from './schema';

const STATUS = { 'invalid-invite': 403, 'email-taken': 409, 'sign-in-first': 401 } as const;

/** POST: accept a co-facilitator invitation, creating an account when the person has none. */
export async function POST(request: Request) {
  const body = await parseJsonBody(request, AcceptInviteSchema);
  if (!body.ok) return body.response;
  const result = await acceptFacilitatorInvite(body.data.invite, body.data.account);
  if (!result.ok) return NextResponse.json({ error: result.error }, { status: STATUS[result.error] });
  return NextResponse.json({ next: `/w/${result.workshopId}` });
}
