// `npm start`: builds what is stale (the web app and the server bundle; server/setup/ensureBuild.ts,
// run once in a child process through tsx), then serves from the bundle in this process. The
// server itself runs without the TypeScript loader: less memory (no loader thread) and a faster
// start. Plain JavaScript, so it needs nothing but Node.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'server', 'setup', 'buildCli.ts')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) {
  process.stderr.write(`Plano could not start: the build failed (${build.error ?? `exit code ${build.status}`})\n`);
  process.exit(1);
}
try {
  const { startPlano } = await import(pathToFileURL(path.join(root, '.next', 'plano-server', 'startPlano.mjs')).href);
  await startPlano(root);
} catch (error) {
  process.stderr.write(`Plano could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
}
