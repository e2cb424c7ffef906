/**
 * The reference y-websocket server (@y/websocket-server, its own bin, unmodified), in memory,
 * started as a child process on 127.0.0.1 and a free port.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freePort, stopChild, trackChild } from './processes';

export interface ReferenceServer {
  pid: number;
  /** Base URL for the stock client: the document name is appended as `/<docName>`. */
  wsBase: string;
  version: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 15_000;

/** The bin entry of @y/websocket-server as its package.json names it. */
export function referenceServerEntry(): { entry: string; version: string } {
  const require = createRequire(import.meta.url);
  const packageJsonPath = require.resolve('@y/websocket-server/package.json');
  const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { version: string; bin: Record<string, string> | string };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : (pkg.bin['y-websocket-server'] ?? Object.values(pkg.bin)[0]);
  return { entry: path.join(path.dirname(packageJsonPath), bin), version: pkg.version };
}

/**
 * Starts the reference server in memory, or, with `persistFile`, as the persisting peer: one
 * SQLite insert before each broadcast (bench/persistingReference.mjs).
 */
export async function startReferenceServer(options: { persistFile?: string } = {}): Promise<ReferenceServer> {
  const { entry, version } = referenceServerEntry();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port) };
  delete env.YPERSISTENCE; // its own LevelDB persistence: off
  delete env.CALLBACK_URL;
  const preload = (name: string) => pathToFileURL(fileURLToPath(new URL(`./${name}`, import.meta.url))).href;
  const imports = ['--import', preload('exitWithParent.mjs')];
  if (options.persistFile) {
    env.BENCH_PERSIST_FILE = options.persistFile;
    imports.push('--import', preload('persistingReference.mjs'));
  }
  const child = spawn(process.execPath, [...imports, entry], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  trackChild(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`reference server did not start within ${STARTUP_TIMEOUT_MS} ms: ${output}`)), STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      if (output.includes('running at')) {
        cleanup();
        resolve();
      }
    };
    const onExit = (code: number | null) => fail(new Error(`reference server exited (${code}) during startup: ${output}`));
    function cleanup() {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    }
    function fail(error: Error) {
      cleanup();
      child.kill('SIGKILL');
      reject(error);
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.once('exit', onExit);
  });
  child.stdout?.resume();
  if (child.pid === undefined) throw new Error('reference server has no pid');
  return { pid: child.pid, wsBase: `ws://127.0.0.1:${port}`, version, stop: () => stopChild(child) };
}
