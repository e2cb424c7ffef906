import { RosterEntrySchema } from '@/server/db/roster';
import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { addToRoster } from '@/server/web/workshopAdmin';

/** POST: add a Pokja member, stakeholder or resource person to the workshop's roster. */
export async function POST(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const body = await parseJsonBody(request, RosterEntrySchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, (actor) => addToRoster(actor, workshopId, body.data));
}
