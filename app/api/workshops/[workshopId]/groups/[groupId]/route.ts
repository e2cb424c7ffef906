import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { changeGroup } from '@/server/web/workshopAdmin';
import { UpdateGroupSchema } from '../schema';

/** PATCH: rename or re-colour a group. */
export async function PATCH(request: Request, { params }: { params: Promise<{ workshopId: string; groupId: string }> }) {
  const { workshopId, groupId } = await params;
  const body = await parseJsonBody(request, UpdateGroupSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, (actor) => changeGroup(actor, workshopId, groupId, body.data));
}
