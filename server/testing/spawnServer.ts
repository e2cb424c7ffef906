/** Starts server/testing/childServer.ts as a separate Node process and waits for READY. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ChildServer {
  process: ChildProcess;
  port: number;
  workshopId: string;
  docs: string[];
  exited: Promise<number | null>;
}

export async function spawnServer(env: Record<string, string>): Promise<ChildServer> {
  // One Node process (tsx as an import hook, not its CLI, which would fork a grandchild that
  // survives a kill -9 of its parent).
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/testing/childServer.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = await new Promise<{ port: number; workshopId: string; docs: string[] }>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`child server not ready after 30 s: ${stderr}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('READY '));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line.slice(6)));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child server exited with ${code}: ${stderr}`));
    });
  });
  return { process: child, exited, ...ready };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
