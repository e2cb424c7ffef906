import { NextResponse } from 'next/server';
import { createWorkshop } from '@/server/db/workshops';
import { getRuntime } from '@/server/runtime';
import { parseJsonBody } from '@/server/web/routeHelpers';
import { getSessionUser } from '@/server/web/session';
import { CreateWorkshopSchema } from './schema';

/** POST: a signed-in facilitator creates a workshop (with its plenary and topic boards). */
export async function POST(request: Request) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  const body = await parseJsonBody(request, CreateWorkshopSchema);
  if (!body.ok) return body.response;
  const workshop = await createWorkshop(getRuntime().sql, { ...body.data, createdBy: user.userId });
  return NextResponse.json({ id: workshop.id, joinCode: workshop.joinCode });
}
