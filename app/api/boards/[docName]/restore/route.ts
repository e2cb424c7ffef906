import { NextResponse } from 'next/server';
import { getDoc } from '@/server/db/workshops';
import { getRuntime } from '@/server/runtime';
import { restoreBoard } from '@/server/web/boardControls';
import { asFacilitator } from '@/server/web/routeHelpers';

/** POST: the facilitator restores the board to its last good snapshot (the way out of a full board). */
export async function POST(_request: Request, { params }: { params: Promise<{ docName: string }> }) {
  const { docName } = await params;
  const doc = await getDoc(getRuntime().sql, docName);
  if (!doc) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return asFacilitator(doc.workshopId, (actor) => restoreBoard(actor, docName));
}
