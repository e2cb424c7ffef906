import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { addGroup } from '@/server/web/workshopAdmin';
import { CreateGroupSchema } from './schema';

/** POST: the facilitator creates a breakout group (it gets a colour and its own board). */
export async function POST(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const body = await parseJsonBody(request, CreateGroupSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, (actor) => addGroup(actor, workshopId, body.data.name));
}
