import { DetailsSchema } from '@/server/db/workshopDetails';
import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { saveDetails } from '@/server/web/workshopAdmin';

/** PUT: title, PDAM, region, venue, dates and time zone of the workshop. */
export async function PUT(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const body = await parseJsonBody(request, DetailsSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, (actor) => saveDetails(actor, workshopId, body.data));
}
