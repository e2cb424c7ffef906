import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { changeParticipant, expelParticipant } from '@/server/web/workshopAdmin';
import { UpdateParticipantSchema } from './schema';

type Params = { params: Promise<{ workshopId: string; participantId: string }> };

/** PATCH: change a participant's role or group; their open boards reconnect with the new rights. */
export async function PATCH(request: Request, { params }: Params) {
  const { workshopId, participantId } = await params;
  const body = await parseJsonBody(request, UpdateParticipantSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, (actor) => changeParticipant(actor, workshopId, participantId, body.data));
}

/** DELETE: remove a participant; their live connections are cut at once. */
export async function DELETE(_request: Request, { params }: Params) {
  const { workshopId, participantId } = await params;
  return asFacilitator(workshopId, (actor) => expelParticipant(actor, workshopId, participantId));
}
