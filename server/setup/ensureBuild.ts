/**
 * `npm start` builds when needed: when there is no production build yet, or when the sources
 * differ from those the build was made from. Keeps a fresh clone to two commands. Two things are
 * built: the web app (`next build`), and the server bundle `npm start` runs (esbuild, into
 * `.next/plano-server`). Next's bundle includes server/ code too (route handlers import it), so
 * server/ is part of the fingerprint: an update touching only server/ rebuilds both.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['app', 'components', 'lib', 'public', 'server'];
const SOURCE_FILES = ['next.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const FINGERPRINT_FILE = path.join('.next', 'plano-sources.txt');
/** The bundled server `npm start` imports (server/start.mjs). */
export const SERVER_BUNDLE_DIR = path.join('.next', 'plano-server');
export const SERVER_BUNDLE_ENTRY = 'startPlano.mjs';
/** Files the server loads beside its code at run time (a worker's script), copied next to the bundle. */
const SERVER_RUNTIME_FILES = [path.join('server', 'db', 'maintenanceWorker.mjs')];

/** Tests change no build: an edit to one must not make the next start rebuild. */
function isTestFile(file: string): boolean {
  return /\.test\.tsx?$/.test(file);
}

/**
 * A fingerprint of every source file's path, size and modification time. It is taken BEFORE a
 * build and stored after it, so an edit made while the build runs still triggers the next one.
 */
export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  const visit = (file: string) => {
    if (!existsSync(file)) return;
    const stat = statSync(file);
    if (stat.isDirectory()) {
      if (file === path.join(root, 'public', 'tldraw')) return; // copied assets, not sources
      for (const entry of readdirSync(file).sort()) visit(path.join(file, entry));
    } else if (!isTestFile(file)) hash.update(`${path.relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  for (const name of [...SOURCE_DIRS, ...SOURCE_FILES]) visit(path.join(root, name));
  return hash.digest('hex');
}

export function buildIsStale(root: string, fingerprint = sourceFingerprint(root)): boolean {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) return true;
  if (!existsSync(path.join(root, SERVER_BUNDLE_DIR, SERVER_BUNDLE_ENTRY))) return true;
  const stored = path.join(root, FINGERPRINT_FILE);
  return !existsSync(stored) || readFileSync(stored, 'utf8').trim() !== fingerprint;
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
  const fingerprint = sourceFingerprint(root);
  if (!buildIsStale(root, fingerprint)) return;
  process.stderr.write('Plano: building the web app (first start or sources changed)…\n');
  await runNodeScript(root, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build']);
  await bundleServer(root);
  writeFileSync(path.join(root, FINGERPRINT_FILE), fingerprint + '\n');
}

/**
 * The server as plain JavaScript: one ES module per entry and lazily loaded part (splitting, so
 * the PostgreSQL and Redis clients still load only when configured), packages left to
 * node_modules, `@/` paths resolved from tsconfig.json.
 */
export async function bundleServer(root: string): Promise<void> {
  const { build } = await import('esbuild');
  const outdir = path.join(root, SERVER_BUNDLE_DIR);
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { [path.basename(SERVER_BUNDLE_ENTRY, '.mjs')]: path.join(root, 'server', 'startPlano.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  mkdirSync(outdir, { recursive: true });
  for (const file of SERVER_RUNTIME_FILES) copyFileSync(path.join(root, file), path.join(outdir, path.basename(file)));
}
