/**
 * Plano through tsx, from the TypeScript sources: `npm run dev` (PLANO_DEV=1, Next in dev mode),
 * or a production start without the server bundle (it builds the web app when needed first).
 * `npm start` runs server/start.mjs instead, which serves the bundled server.
 */
import './setup/quietSqliteWarning';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config';
import { ensureBuild } from './setup/ensureBuild';
import { startPlano } from './startPlano';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  if (!loadConfig().dev) await ensureBuild(root);
  await startPlano(root);
}

main().catch((error: unknown) => {
  process.stderr.write(`Plano could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
