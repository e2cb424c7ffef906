import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { recordFollowUp } from '@/server/web/workshopAdmin';
import { CreateFollowUpSchema } from './schema';

/** POST: a follow-up (tindak lanjut) with owner and due date, linked to its topic. */
export async function POST(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const body = await parseJsonBody(request, CreateFollowUpSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, (actor) => recordFollowUp(actor, workshopId, body.data));
}
