import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { gatherGroupsToPlenary } from '@/server/web/plenary';
import { GatherSchema } from './schema';

/** POST: the facilitator gathers the group boards' cards onto the plenary board. */
export async function POST(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const body = await parseJsonBody(request, GatherSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, (actor) => gatherGroupsToPlenary(actor, workshopId, body.data.groupIds));
}
