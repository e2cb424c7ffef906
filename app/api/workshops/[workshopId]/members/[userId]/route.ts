import { removeCoFacilitator } from '@/server/web/accessControl';
import { asFacilitator } from '@/server/web/routeHelpers';

/** DELETE: remove a co-facilitator from the workshop; their open boards of it close. */
export async function DELETE(_request: Request, { params }: { params: Promise<{ workshopId: string; userId: string }> }) {
  const { workshopId, userId } = await params;
  return asFacilitator(workshopId, (actor) => removeCoFacilitator(actor, workshopId, userId));
}
