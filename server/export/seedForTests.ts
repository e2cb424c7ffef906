/** Test helper: a workshop with details, a roster, a meeting, a follow-up and an amended MCUA, stored. */
import { seededDraftInput } from '@/lib/document/fixture';
import { setTopicStatus } from '../db/agenda';
import { addFollowUp, addMeeting } from '../db/calendar';
import { insertAgreedOutput } from '../db/outputs';
import { addRosterEntry } from '../db/roster';
import type { Sql } from '../db/Sql';
import { createUser } from '../db/users';
import { updateWorkshopDetails } from '../db/workshopDetails';
import { createWorkshop } from '../db/workshops';

/** Stores the seeded draft input of `lib/document/fixture` as a new workshop; returns its id. */
export async function seedExportWorkshop(sql: Sql, email = 'export@test.local'): Promise<string> {
  const input = seededDraftInput();
  const user = await createUser(sql, { email, name: 'Fasilitator', password: 'password-123' });
  const workshop = await createWorkshop(sql, { title: input.details.title, pdam: input.details.pdam, createdBy: user.id });
  await updateWorkshopDetails(sql, workshop.id, input.details);
  for (const entry of input.roster) await addRosterEntry(sql, workshop.id, entry);
  for (const [topicId, status] of input.topicStatuses) await setTopicStatus(sql, workshop.id, topicId, status);
  for (const meeting of input.meetings) await addMeeting(sql, workshop.id, meeting);
  for (const followUp of input.followUps) await addFollowUp(sql, workshop.id, followUp);
  // Stored in version order, so the database numbers them as the fixture does.
  for (const agreed of [...input.agreed].sort((a, b) => a.version - b.version)) {
    await insertAgreedOutput(sql, { workshopId: workshop.id, outputId: agreed.outputId, data: agreed.data, sourceDocs: [], present: ['Budi Santoso'], agreedBy: user.id, note: null });
  }
  return workshop.id;
}
