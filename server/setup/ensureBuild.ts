/**
 * `npm start` builds when needed: when there is no production build yet, or when a source file
 * is newer than the build. Keeps a fresh clone to two commands.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['app', 'components', 'lib', 'public'];
const SOURCE_FILES = ['next.config.ts', 'package.json', 'package-lock.json'];

export function buildIsStale(root: string): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const newer = (file: string) => existsSync(file) && statSync(file).mtimeMs > builtAt;
  return SOURCE_FILES.some((file) => newer(path.join(root, file))) || SOURCE_DIRS.some((dir) => anyNewer(path.join(root, dir), builtAt));
}

function anyNewer(dir: string, since: number): boolean {
  if (!existsSync(dir)) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'tldraw' && dir.endsWith('public')) continue; // copied assets, not sources
      if (anyNewer(full, since)) return true;
    } else if (statSync(full).mtimeMs > since) return true;
  }
  return false;
}

export function runNodeScript(root: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // No telemetry: the venue may have no internet, and nobody asked to send anything.
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

export async function ensureBuild(root: string): Promise<void> {
  await runNodeScript(root, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/copyTldrawAssets.ts']);
  if (!buildIsStale(root)) return;
  process.stderr.write('Plano: building the web app (first start or sources changed)…\n');
  await runNodeScript(root, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build']);
}
