/** Starts bench/planoChild.ts in its own Node process and talks to it over IPC. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHILD_OPTIONS_ENV, type BenchDoc, type ChildMessage, type ChildRequest, type PlanoChildOptions } from './planoProtocol';
import { stopChild, trackChild, waitForExit } from './processes';
import { startCommand } from './serverMemory';

export interface PlanoProcess {
  pid: number;
  /** `ws://127.0.0.1:<port>/yjs`; the stock client appends `/<docName>` and `?token=`. */
  wsBase: string;
  docs: BenchDoc[];
  tokens(docs: BenchDoc[]): Promise<string[]>;
  loadedRooms(): Promise<number>;
  /** Stores everything pending and exits; killed if that takes too long. */
  close(): Promise<void>;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** A request without its id (Omit over each member of the union). */
type RequestBody = ChildRequest extends infer R ? (R extends ChildRequest ? Omit<R, 'id'> : never) : never;

const STARTUP_TIMEOUT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 30_000;

export async function startPlanoProcess(options: PlanoChildOptions): Promise<PlanoProcess> {
  // npm start's Node flags (a small young generation), so the server under test runs as it does at a venue.
  const child = spawn(process.execPath, [...startCommand().filter((arg) => arg.startsWith('--')), ...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []), '--import', 'tsx', path.join(REPO_ROOT, 'bench', 'planoChild.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, [CHILD_OPTIONS_ENV]: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  trackChild(child);
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();
  let nextId = 1;

  const ready = await new Promise<Extract<ChildMessage, { type: 'ready' }>>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Plano server did not start within ${STARTUP_TIMEOUT_MS} ms`)), STARTUP_TIMEOUT_MS);
    const onMessage = (raw: unknown) => {
      const message = raw as ChildMessage;
      if (message.type === 'ready') {
        cleanup();
        resolve(message);
      } else if (message.type === 'failed') {
        fail(new Error(`Plano server failed to start: ${message.error}`));
      }
    };
    const onExit = (code: number | null) => fail(new Error(`Plano server exited (${code}) during startup`));
    function cleanup() {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    }
    function fail(error: Error) {
      cleanup();
      child.kill('SIGKILL');
      reject(error);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });

  child.on('message', (raw) => {
    const message = raw as ChildMessage;
    if (message.type !== 'reply') return;
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    clearTimeout(waiter.timer);
    if (message.ok) waiter.resolve(message.value);
    else waiter.reject(new Error(`Plano server: ${message.error}`));
  });
  child.once('exit', (code) => {
    for (const waiter of pending.values()) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`Plano server exited (${code})`));
    }
    pending.clear();
  });

  function request<T>(body: RequestBody): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (!child.connected) {
        reject(new Error('Plano server is gone'));
        return;
      }
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`Plano server did not answer ${body.cmd} within ${REQUEST_TIMEOUT_MS} ms`));
      }, REQUEST_TIMEOUT_MS);
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      child.send({ ...body, id } as ChildRequest);
    });
  }

  if (child.pid === undefined) throw new Error('Plano server has no pid');
  return {
    pid: child.pid,
    wsBase: ready.wsBase,
    docs: ready.docs,
    tokens: (docs) => request<string[]>({ cmd: 'tokens', docs }),
    loadedRooms: () => request<number>({ cmd: 'loadedRooms' }),
    close: () => closeChild(child, () => request<boolean>({ cmd: 'close' })),
  };
}

async function closeChild(child: ChildProcess, askToClose: () => Promise<boolean>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    await askToClose();
  } catch {
    // Falls through to the signals below.
  }
  if (!(await waitForExit(child, 15_000))) await stopChild(child);
}
