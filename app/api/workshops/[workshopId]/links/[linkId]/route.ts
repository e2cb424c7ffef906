import { revokeShareLink } from '@/server/web/accessControl';
import { asFacilitator } from '@/server/web/routeHelpers';

/** DELETE: revoke (Cabut) a board link or an invite; the connections it opened are cut within seconds. */
export async function DELETE(_request: Request, { params }: { params: Promise<{ workshopId: string; linkId: string }> }) {
  const { workshopId, linkId } = await params;
  return asFacilitator(workshopId, (actor) => revokeShareLink(actor, workshopId, linkId));
}
