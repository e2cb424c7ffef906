/** `npm start`'s build step (server/start.mjs runs it through tsx): build whatever is stale. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensureBuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

ensureBuild(root).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
