import { NextResponse } from 'next/server';
import { createBoardLink } from '@/server/web/boardLinks';
import { publicOrigin } from '@/server/web/publicUrl';
import { getSessionUser } from '@/server/web/session';
import { CreateLinkSchema } from './schema';

/** POST: a facilitator creates a link (signed, expiring token) that opens this board for a role. */
export async function POST(request: Request, { params }: { params: Promise<{ docName: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: 'body must be JSON' }, { status: 400 });
  }
  const parsed = CreateLinkSchema.safeParse(body);
  if (!parsed.success) return NextResponse.json({ error: 'invalid request', issues: parsed.error.issues }, { status: 400 });
  const { docName } = await params;
  const result = await createBoardLink(user, docName, parsed.data);
  if (!result.ok) return NextResponse.json({ error: result.error }, { status: result.status });
  const origin = publicOrigin(request);
  return NextResponse.json({ url: `${origin}${result.path}`, expiresAt: result.expiresAt });
}
