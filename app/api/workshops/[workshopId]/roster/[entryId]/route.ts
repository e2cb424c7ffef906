import { asFacilitator } from '@/server/web/routeHelpers';
import { removeFromRoster } from '@/server/web/workshopAdmin';

export async function DELETE(_request: Request, { params }: { params: Promise<{ workshopId: string; entryId: string }> }) {
  const { workshopId, entryId } = await params;
  return asFacilitator(workshopId, (actor) => removeFromRoster(actor, workshopId, entryId));
}
