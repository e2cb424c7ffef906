import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDoc } from '@/server/db/workshops';
import { getRuntime } from '@/server/runtime';
import { changeBoardAccess } from '@/server/web/boardControls';
import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';

const OpenSchema = z.object({ open: z.boolean() });

/** PUT: the facilitator opens a board (the plenary) for participants' writes, or closes it again. */
export async function PUT(request: Request, { params }: { params: Promise<{ docName: string }> }) {
  const { docName } = await params;
  const body = await parseJsonBody(request, OpenSchema);
  if (!body.ok) return body.response;
  const doc = await getDoc(getRuntime().sql, docName);
  if (!doc) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return asFacilitator(doc.workshopId, (actor) => changeBoardAccess(actor, docName, { openForParticipants: body.data.open }));
}
