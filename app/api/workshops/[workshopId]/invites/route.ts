import { publicOrigin } from '@/server/web/publicUrl';
import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { createInviteLink } from '@/server/web/workshopAdmin';
import { CreateInviteSchema } from './schema';

/** POST: a link for a remote person that fixes their role (participant or observer). */
export async function POST(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const body = await parseJsonBody(request, CreateInviteSchema);
  if (!body.ok) return body.response;
  const origin = publicOrigin(request);
  return asFacilitator(workshopId, async (actor) => ({ url: origin + (await createInviteLink(actor, workshopId, body.data.role, body.data.ttlSeconds)) }));
}
