/**
 * Memory of Plano as a venue laptop runs it: `npm start`'s own command (server/start.mjs with its
 * Node flags, web app included) on a fresh embedded data folder. Resident memory once it answers pages and sits idle,
 * then with 10 boards of the demo workshop open (one stock client each).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocTokens } from '../server/auth/docTokens';
import { openDatabase } from '../server/db/openDatabase';
import { listDocs, listWorkshopsForUser } from '../server/db/workshops';
import { findUserByEmail } from '../server/db/users';
import { FIRST_FACILITATOR_EMAIL } from '../server/setup/firstRun';
import { connectStockClient } from '../server/testing/testServer';
import { withTimeout } from './fanout';
import { freePort, readRssBytes, stopChild, trackChild } from './processes';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Node arguments of package.json's start script (`node <flags> server/start.mjs`). */
export function startCommand(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [node, ...args] = pkg.scripts.start.split(/\s+/);
  if (node !== 'node') throw new Error(`the start script no longer runs node directly: ${pkg.scripts.start}`);
  return args;
}
/** A first start may build the web app first. */
const STARTUP_TIMEOUT_MS = 6 * 60_000;
const ROOMS = 10;
const SETTLE_MS = 3000;

export interface ServerMemory {
  /** After the first pages were served, idle. */
  idleBytes: number;
  /** With `rooms` boards open. */
  loadedBytes: number;
  rooms: number;
}

export async function measureServerMemory(dataDir: string): Promise<ServerMemory> {
  const port = await freePort();
  const child = spawn(process.execPath, startCommand(), {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(child);
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  try {
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        child.stdout?.on('data', (chunk: Buffer) => {
          output = (output + chunk.toString()).slice(-4000);
          if (output.includes('is running at')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`plano exited (${code}) during start: ${output}`)));
      }),
      STARTUP_TIMEOUT_MS,
      'npm start to serve',
    );
    const base = `http://127.0.0.1:${port}`;
    for (const page of ['/signin', '/join', '/signin']) await (await fetch(base + page)).arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const idleBytes = await readRssBytes(child.pid!);

    const docs = await demoBoards(dataDir);
    const tokens = createDocTokens((await readFile(path.join(dataDir, 'auth-secret'), 'utf8')).trim());
    const clients = await Promise.all(
      docs.slice(0, ROOMS).map(async (doc) =>
        connectStockClient(`ws://127.0.0.1:${port}/yjs`, doc.name, await tokens.sign({ principal: { userId: 'bench', workshopId: doc.workshopId, role: 'facilitator', groupId: null }, docName: doc.name }, 600)),
      ),
    );
    try {
      await withTimeout(Promise.all(clients.map((client) => client.synced)), 30_000, 'the boards to open');
      for (const [i, client] of clients.entries()) client.doc.getMap('bench').set('card', { text: `kartu ${i}` });
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      return { idleBytes, loadedBytes: await readRssBytes(child.pid!), rooms: clients.length };
    } finally {
      for (const client of clients) client.destroy();
    }
  } finally {
    await stopChild(child);
  }
}

/** The demo workshop's documents, read beside the running server (as the CLI does). */
async function demoBoards(dataDir: string): Promise<{ name: string; workshopId: string }[]> {
  const sql = await openDatabase({ dataDir });
  try {
    const facilitator = await findUserByEmail(sql, FIRST_FACILITATOR_EMAIL);
    const [workshop] = facilitator ? await listWorkshopsForUser(sql, facilitator.id) : [];
    if (!workshop) throw new Error('the first start made no demo workshop');
    return (await listDocs(sql, workshop.id)).map((doc) => ({ name: doc.name, workshopId: workshop.id }));
  } finally {
    await sql.close();
  }
}
