import { z } from 'zod';
import { TOPIC_STATUSES } from '@/lib/workshop/agenda';
import { changeTopicStatus } from '@/server/web/methodViews';
import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';

const StatusSchema = z.object({ status: z.enum(TOPIC_STATUSES) });

/** PUT: the topic's status on the Kerangka map (not started, in session, outputs agreed). */
export async function PUT(request: Request, { params }: { params: Promise<{ workshopId: string; topicId: string }> }) {
  const { workshopId, topicId } = await params;
  const body = await parseJsonBody(request, StatusSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, (actor) => changeTopicStatus(actor, workshopId, topicId, body.data.status));
}
