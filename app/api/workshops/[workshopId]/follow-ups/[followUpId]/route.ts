import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { changeFollowUpStatus } from '@/server/web/workshopAdmin';
import { UpdateFollowUpSchema } from '../schema';

/** PATCH: move a follow-up to open / in progress / done. */
export async function PATCH(request: Request, { params }: { params: Promise<{ workshopId: string; followUpId: string }> }) {
  const { workshopId, followUpId } = await params;
  const body = await parseJsonBody(request, UpdateFollowUpSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, (actor) => changeFollowUpStatus(actor, workshopId, followUpId, body.data.status));
}
