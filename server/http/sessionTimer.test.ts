import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@/lib/auth/capabilities';
import { META_MAP } from '@/lib/board/docMeta';
import { META_TIMER, MINUTE_MS, readTimer, remainingMs } from '@/lib/session/timer';
import { setCurrentSession } from '../db/currentSession';
import { createGroup } from '../db/groups';
import { connectStockClient, startTestServer, waitFor, type StockClient, type TestServer } from '../testing/testServer';
import { runningSessionMinutes, runSessionTimer } from './sessionTimer';

const T0 = 1_700_000_000_000;
const timerOn = (client: StockClient) => readTimer(client.doc.getMap(META_MAP).get(META_TIMER));

describe('one session timer for the whole room', () => {
  let t: TestServer;
  let facilitator: Principal;
  let participant: Principal;
  let plenaryName: string;
  let clients: StockClient[];

  beforeAll(async () => {
    t = await startTestServer();
    const { sql } = t.server.runtime;
    await setCurrentSession(sql, t.workshop.id, { topicId: '3.1', number: 1 });
    const hulu = await createGroup(sql, t.workshop.id, { name: 'Kelompok Hulu' });
    const hilir = await createGroup(sql, t.workshop.id, { name: 'Kelompok Hilir' });
    plenaryName = t.workshop.docs.find((doc) => doc.kind === 'plenary')!.name;
    facilitator = { userId: t.facilitatorId, workshopId: t.workshop.id, role: 'facilitator', groupId: null };
    participant = { userId: 'participant-sari', workshopId: t.workshop.id, role: 'participant', groupId: hulu.id };
    // The projector on the plenary, and one tablet on each group's own board.
    clients = [
      connectStockClient(t.wsBase, plenaryName, await t.tokenFor(plenaryName, 'facilitator')),
      connectStockClient(t.wsBase, hulu.boardName!, await t.tokenFor(hulu.boardName!, 'participant', hulu.id)),
      connectStockClient(t.wsBase, hilir.boardName!, await t.tokenFor(hilir.boardName!, 'participant', hilir.id)),
    ];
    await Promise.all(clients.map((client) => client.synced));
  });
  afterAll(async () => {
    for (const client of clients ?? []) client.destroy();
    await t.close();
  });

  it('writes one start into the plenary and both group boards, the same value on each', async () => {
    const outcome = await runSessionTimer(t.server.runtime, facilitator, t.workshop.id, { action: 'start', durationMs: 15 * MINUTE_MS }, T0);
    expect(outcome.kind).toBe('set');
    expect(outcome.kind === 'set' && outcome.boards).toHaveLength(3);
    for (const client of clients) await waitFor(() => timerOn(client)?.running === true, 'the started timer on every board');
    const [onPlenary, onHulu, onHilir] = clients.map(timerOn);
    expect(onHulu).toEqual(onPlenary);
    expect(onHilir).toEqual(onPlenary);
    expect(remainingMs(onHilir!, T0 + MINUTE_MS)).toBe(14 * MINUTE_MS);

    // A pause and an extension travel the same way; every tablet freezes at the same time left.
    await runSessionTimer(t.server.runtime, facilitator, t.workshop.id, { action: 'pause' }, T0 + 2 * MINUTE_MS);
    await runSessionTimer(t.server.runtime, facilitator, t.workshop.id, { action: 'extend' }, T0 + 3 * MINUTE_MS);
    for (const client of clients) await waitFor(() => timerOn(client)?.durationMs === 20 * MINUTE_MS, 'the extended timer on every board');
    for (const client of clients) {
      expect(timerOn(client)?.running).toBe(false);
      expect(remainingMs(timerOn(client)!, T0 + 60 * MINUTE_MS)).toBe(18 * MINUTE_MS);
    }
  });

  it('refuses a participant’s command and changes no board', async () => {
    const before = clients.map(timerOn);
    expect(await runSessionTimer(t.server.runtime, participant, t.workshop.id, { action: 'start', durationMs: MINUTE_MS }, T0)).toEqual({ kind: 'forbidden' });
    const observer: Principal = { ...participant, role: 'observer', groupId: null };
    expect(await runSessionTimer(t.server.runtime, observer, t.workshop.id, { action: 'reset', durationMs: MINUTE_MS }, T0)).toEqual({ kind: 'forbidden' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(clients.map(timerOn)).toEqual(before);
  });

  it('takes the default length from the running session on the agenda', async () => {
    const minutes = await runningSessionMinutes(t.server.runtime.sql, t.workshop.id);
    expect(minutes).toBeGreaterThan(0);
    await setCurrentSession(t.server.runtime.sql, t.workshop.id, null);
    expect(await runningSessionMinutes(t.server.runtime.sql, t.workshop.id)).toBeNull();
  });
});
