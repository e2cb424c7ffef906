import { NextResponse } from 'next/server';
import { requestCookies } from '@/server/web/boardAccess';
import { pickOwnGroup } from '@/server/web/joinWorkshop';
import { parseJsonBody } from '@/server/web/routeHelpers';
import { PickGroupSchema } from './schema';

/** POST: a participant without a group picks one. */
export async function POST(request: Request) {
  const body = await parseJsonBody(request, PickGroupSchema);
  if (!body.ok) return body.response;
  const result = await pickOwnGroup(await requestCookies(), body.data.groupId);
  if (result === 'forbidden') return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  if (result === 'unknown-group') return NextResponse.json({ error: 'unknown group' }, { status: 404 });
  return NextResponse.json({ groupId: result.participant.groupId, next: result.boardName ? `/board/${result.boardName}` : '/me' });
}
