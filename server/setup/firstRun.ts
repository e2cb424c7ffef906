/**
 * On the first start of an empty database: a facilitator account and a demo workshop, so that a
 * new user can sign in at once. The generated password is printed and kept in the data folder.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Sql } from '../db/Sql';
import { countUsers, createUser, DuplicateEmailError } from '../db/users';
import { createWorkshop } from '../db/workshops';

export const FIRST_FACILITATOR_EMAIL = 'fasilitator@plano.local';

export interface FirstRunResult {
  email: string;
  password: string;
  workshopId: string;
  joinCode: string;
  credentialsFile: string;
}

export async function setUpFirstRun(sql: Sql, dataDir: string): Promise<FirstRunResult | null> {
  const password = randomBytes(9).toString('base64url');
  // One transaction: the server and the CLI starting on a fresh folder at once make one account.
  // (On PostgreSQL the other process's insert fails on the unique email instead.)
  const created = await sql
    .transaction(async (tx) => {
      if ((await countUsers(tx)) > 0) return null;
      const user = await createUser(tx, { email: FIRST_FACILITATOR_EMAIL, name: 'Fasilitator', password });
      return createWorkshop(tx, { title: 'Lokakarya Demo STPP', pdam: 'PDAM Tirta Contoh', createdBy: user.id });
    })
    .catch((error: unknown) => {
      if (error instanceof DuplicateEmailError) return null;
      throw error;
    });
  if (!created) return null;
  const workshop = created;
  await mkdir(dataDir, { recursive: true });
  const credentialsFile = path.join(dataDir, 'first-facilitator.txt');
  await writeFile(credentialsFile, `email: ${FIRST_FACILITATOR_EMAIL}\npassword: ${password}\n`, { mode: 0o600 });
  return { email: FIRST_FACILITATOR_EMAIL, password, workshopId: workshop.id, joinCode: workshop.joinCode, credentialsFile };
}
