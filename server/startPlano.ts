/**
 * Plano's server process: open the database, create the first facilitator on a fresh data folder,
 * and serve Plano (HTTP + websockets) on one port until SIGTERM. `npm start` runs it from the
 * bundle built by ensureBuild (server/start.mjs); `npm run dev` through tsx (server/main.ts).
 */
import './setup/quietSqliteWarning';
import { applyProcessDefaults, loadConfig } from './config';
import { createPlanoServer } from './http/createPlanoServer';
import { createNextFrontend } from './http/nextFrontend';
import { describePgliteMigration } from './db/describePgliteMigration';
import { createLogger } from './log';
import { setUpFirstRun } from './setup/firstRun';

/** Serves Plano from the project folder `root` (whose `.next` holds the built web app) until SIGTERM. */
export async function startPlano(root: string): Promise<void> {
  const config = loadConfig();
  applyProcessDefaults();
  const log = createLogger();
  const server = await createPlanoServer(config, log, (_runtime) => createNextFrontend({ dir: root, dev: config.dev, port: config.port }));
  const firstRun = await setUpFirstRun(server.runtime.sql, config.dataDir);
  const base = config.publicUrl ?? `http://localhost:${server.port}`;
  if (server.pgliteMigration) process.stdout.write(`\n${describePgliteMigration(server.pgliteMigration)}\n`);
  process.stdout.write(`\nPlano berjalan di / is running at ${base}\n`);
  if (firstRun) {
    process.stdout.write(
      [
        '',
        'Akun fasilitator pertama dibuat / First facilitator account created:',
        `  email:      ${firstRun.email}`,
        `  kata sandi: ${firstRun.password}`,
        `  (disimpan juga di / also kept in ${firstRun.credentialsFile})`,
        `  masuk / sign in: ${base}/signin`,
        `  lokakarya demo / demo workshop: ${base}/w/${firstRun.workshopId}  (kode gabung / join code ${firstRun.joinCode})`,
        '',
      ].join('\n') + '\n',
    );
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping: storing pending edits', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('clean shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

