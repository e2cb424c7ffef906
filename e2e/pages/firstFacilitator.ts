import { readFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_DATA_DIR } from './e2eServer';

/** The account `npm start` created on its first run in the e2e data folder. */
export function firstFacilitator(): { email: string; password: string } {
  const text = readFileSync(path.join(E2E_DATA_DIR, 'first-facilitator.txt'), 'utf8');
  const email = /email: (.+)/.exec(text)?.[1]?.trim();
  const password = /password: (.+)/.exec(text)?.[1]?.trim();
  if (!email || !password) throw new Error('first-facilitator.txt is missing the email or password');
  return { email, password };
}
