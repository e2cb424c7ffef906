import { asFacilitator } from '@/server/web/routeHelpers';
import { cancelMeeting } from '@/server/web/workshopAdmin';

export async function DELETE(_request: Request, { params }: { params: Promise<{ workshopId: string; meetingId: string }> }) {
  const { workshopId, meetingId } = await params;
  return asFacilitator(workshopId, (actor) => cancelMeeting(actor, workshopId, meetingId));
}
