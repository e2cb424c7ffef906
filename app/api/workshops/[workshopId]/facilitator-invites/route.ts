import { publicOrigin } from '@/server/web/publicUrl';
import { asFacilitator } from '@/server/web/routeHelpers';
import { createFacilitatorInviteLink } from '@/server/web/workshopAdmin';

/** POST: a link inviting a co-facilitator (who signs in with an account of their own). */
export async function POST(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const origin = publicOrigin(request);
  return asFacilitator(workshopId, async (actor) => ({ url: origin + (await createFacilitatorInviteLink(actor, workshopId)) }));
}
