import { NextResponse } from 'next/server';
import { freezeOutput, listOutputVersions } from '@/server/web/outputs';
import { asFacilitator, notAMember, parseJsonBody } from '@/server/web/routeHelpers';
import { worksheetViewer } from '@/server/web/worksheets';
import { AgreeOutputSchema, ListOutputsQuery } from './schema';

/**
 * GET: the workshop's agreed output versions, newest version first per output, for any member and
 * any participant who joined it (their worksheets fetch a version the moment it is agreed).
 */
export async function GET(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const query = ListOutputsQuery.safeParse({ outputId: new URL(request.url).searchParams.get('outputId') ?? undefined });
  if (!query.success) return NextResponse.json({ error: 'invalid request', issues: query.error.issues }, { status: 400 });
  const viewer = await worksheetViewer(workshopId);
  if (!viewer) return notAMember();
  return NextResponse.json({ versions: await listOutputVersions(viewer.actor, workshopId, query.data.outputId) });
}

/** POST: the facilitator agrees a worksheet's output (a new version each time). */
export async function POST(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const body = await parseJsonBody(request, AgreeOutputSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, async (actor) => {
    const versions = await freezeOutput(actor, workshopId, body.data);
    return versions && { versions };
  });
}
