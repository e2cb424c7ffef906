import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDoc } from '@/server/db/workshops';
import { getRuntime } from '@/server/runtime';
import { changeBoardAccess } from '@/server/web/boardControls';
import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';

const LockSchema = z.object({ locked: z.boolean() });

/** PUT: the facilitator locks or unlocks a board; locked means the server refuses writes. */
export async function PUT(request: Request, { params }: { params: Promise<{ docName: string }> }) {
  const { docName } = await params;
  const body = await parseJsonBody(request, LockSchema);
  if (!body.ok) return body.response;
  const doc = await getDoc(getRuntime().sql, docName);
  if (!doc) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return asFacilitator(doc.workshopId, (actor) => changeBoardAccess(actor, docName, { locked: body.data.locked }));
}
