import { NextResponse } from 'next/server';
import { clientAddressFromHeaders } from '@/server/http/clientAddress';
import { changeOwnPassword } from '@/server/web/account';
import { publicOrigin } from '@/server/web/publicUrl';
import { parseJsonBody } from '@/server/web/routeHelpers';
import { getSessionUser } from '@/server/web/session';
import { ChangePasswordSchema } from './schema';

/** POST: the signed-in facilitator changes their password; every session ends and this device gets a new one. */
export async function POST(request: Request) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  const body = await parseJsonBody(request, ChangePasswordSchema);
  if (!body.ok) return body.response;
  const result = await changeOwnPassword(user, publicOrigin(request), clientAddressFromHeaders(request.headers), body.data.currentPassword, body.data.newPassword);
  if (result.ok) {
    const response = NextResponse.json({ ok: true });
    const { name, value, maxAgeSeconds, secure } = result.cookie;
    response.cookies.set(name, value, { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: maxAgeSeconds });
    return response;
  }
  if (result.error === 'too-many-attempts') {
    return NextResponse.json({ error: result.error, retryAfterSeconds: result.retryAfterSeconds }, { status: 429, headers: { 'retry-after': String(result.retryAfterSeconds) } });
  }
  return NextResponse.json({ error: result.error, ...(result.error === 'invalid-password' ? { message: result.message } : {}) }, { status: result.error === 'wrong-password' ? 403 : 400 });
}
