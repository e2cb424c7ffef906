import { addSession } from '@/server/web/methodViews';
import { asFacilitator } from '@/server/web/routeHelpers';

/** POST: add an extra session to the topic's agenda. */
export async function POST(_request: Request, { params }: { params: Promise<{ workshopId: string; topicId: string }> }) {
  const { workshopId, topicId } = await params;
  return asFacilitator(workshopId, (actor) => addSession(actor, workshopId, topicId));
}
