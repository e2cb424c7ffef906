import { NextResponse } from 'next/server';
import { PARTICIPANT_COOKIE, PARTICIPANT_SESSION_SECONDS } from '@/server/auth/participantAuth';
import { clientAddressFromHeaders } from '@/server/http/clientAddress';
import { joinWorkshop } from '@/server/web/joinWorkshop';
import { parseJsonBody } from '@/server/web/routeHelpers';
import { JoinSchema } from './schema';

/** POST: join a workshop by code or invite; the device gets a participant session cookie. */
export async function POST(request: Request) {
  const body = await parseJsonBody(request, JoinSchema);
  if (!body.ok) return body.response;
  const result = await joinWorkshop(body.data, clientAddressFromHeaders(request.headers));
  if (!result.ok && result.error === 'too-many-attempts') {
    const wait = String(result.retryAfterSeconds);
    return NextResponse.json({ error: result.error, retryAfterSeconds: result.retryAfterSeconds }, { status: 429, headers: { 'retry-after': wait } });
  }
  if (!result.ok) return NextResponse.json({ error: result.error }, { status: result.error === 'unknown-code' ? 404 : 403 });
  const response = NextResponse.json({ next: '/me', participantId: result.participant.id });
  response.cookies.set(PARTICIPANT_COOKIE, result.sessionToken, {
    httpOnly: true,
    sameSite: 'lax',
    secure: new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https',
    path: '/',
    maxAge: PARTICIPANT_SESSION_SECONDS,
  });
  return response;
}
