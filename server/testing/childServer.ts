/**
 * A Plano server without the web app, as its own process, for tests that must kill it (kill -9)
 * and start it again on the same data. Prints one line `READY <json>` once it listens.
 */
import { loadConfig } from '../config';
import { createPlanoServer } from '../http/createPlanoServer';
import { listDocs, listWorkshopsForUser } from '../db/workshops';
import { findUserByEmail } from '../db/users';
import { createLogger } from '../log';
import { FIRST_FACILITATOR_EMAIL, setUpFirstRun } from '../setup/firstRun';

async function main() {
  const config = loadConfig();
  const server = await createPlanoServer(config, createLogger({ quiet: true }));
  const { sql } = server.runtime;
  await setUpFirstRun(sql, config.dataDir);
  const facilitator = await findUserByEmail(sql, FIRST_FACILITATOR_EMAIL);
  const [workshop] = facilitator ? await listWorkshopsForUser(sql, facilitator.id) : [];
  const docs = workshop ? await listDocs(sql, workshop.id) : [];
  process.stdout.write(`READY ${JSON.stringify({ port: server.port, pid: process.pid, workshopId: workshop?.id, docs: docs.map((d) => d.name) })}\n`);
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`child server failed: ${String(error)}\n`);
  process.exit(1);
});
