import { asFacilitator, parseJsonBody } from '@/server/web/routeHelpers';
import { lockSessionGroupBoards } from '@/server/web/groupBoardsLock';
import { LockGroupBoardsSchema } from './schema';

/** POST: the facilitator locks every group board of the running session at once, or unlocks them. */
export async function POST(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const body = await parseJsonBody(request, LockGroupBoardsSchema);
  if (!body.ok) return body.response;
  return asFacilitator(workshopId, (actor) => lockSessionGroupBoards(actor, workshopId, body.data.locked));
}
