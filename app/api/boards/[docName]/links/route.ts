import { NextResponse } from 'next/server';
import { createBoardLink } from '@/server/web/boardLinks';
import { publicOrigin } from '@/server/web/publicUrl';
import { parseJsonBody } from '@/server/web/routeHelpers';
import { getSessionUser } from '@/server/web/session';
import { CreateLinkSchema } from './schema';

/** POST: a facilitator creates a link (signed, expiring token) that opens this board for a role. */
export async function POST(request: Request, { params }: { params: Promise<{ docName: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  const body = await parseJsonBody(request, CreateLinkSchema);
  if (!body.ok) return body.response;
  const { docName } = await params;
  const result = await createBoardLink(user, docName, body.data);
  if (!result.ok) return NextResponse.json({ error: result.error }, { status: result.status });
  return NextResponse.json({ url: `${publicOrigin(request)}${result.path}`, expiresAt: result.expiresAt });
}
