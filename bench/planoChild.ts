/**
 * Child-process entry: one real Plano server from startTestServer (auth and persistence on),
 * driven by the bench over IPC. Running it in its own process, like the reference server, gives
 * each server its own event loop and keeps the clients' work out of the server's RSS and CPU.
 */
import { createWorkshop } from '../server/db/workshops';
import { startTestServer } from '../server/testing/testServer';
import { CHILD_OPTIONS_ENV, type BenchDoc, type ChildMessage, type ChildRequest, type PlanoChildOptions } from './planoProtocol';

function send(message: ChildMessage): void {
  process.send?.(message);
}

// The bench went away (even killed): do not linger.
process.on('disconnect', () => process.exit(1));

async function main(): Promise<void> {
  const options = JSON.parse(process.env[CHILD_OPTIONS_ENV] ?? '{}') as PlanoChildOptions;
  const testServer = await startTestServer({ dataDir: options.inMemory ? undefined : options.dataDir, databaseUrl: options.databaseUrl, redisUrl: options.redisUrl, limits: options.limits, quiet: true });
  const { sql, registry } = testServer.server.runtime;
  const docs: BenchDoc[] = testServer.workshop.docs.map((doc) => ({ name: doc.name, workshopId: testServer.workshop.id }));
  for (let extra = 1; docs.length < (options.minDocs ?? 0) && extra <= 100; extra++) {
    const workshop = await createWorkshop(sql, { title: `Lokakarya Bench ${extra}`, pdam: 'PDAM Bench', createdBy: testServer.facilitatorId });
    docs.push(...workshop.docs.map((doc) => ({ name: doc.name, workshopId: workshop.id })));
  }

  process.on('message', (raw) => {
    const request = raw as ChildRequest;
    void handle(request).then(
      (value) => send({ type: 'reply', id: request.id, ok: true, value }),
      (error: unknown) => send({ type: 'reply', id: request.id, ok: false, error: String(error) }),
    );
  });

  async function handle(request: ChildRequest): Promise<unknown> {
    switch (request.cmd) {
      case 'tokens':
        // Real facilitator tokens, one per connection (each with its own user id).
        return Promise.all(request.docs.map((doc) => testServer.tokenFor(doc.name, 'facilitator', null, doc.workshopId)));
      case 'loadedRooms':
        return registry.loadedCount;
      case 'close':
        await testServer.close();
        setImmediate(() => process.exit(0));
        return true;
    }
  }

  send({ type: 'ready', wsBase: testServer.wsBase, docs });
}

main().catch((error: unknown) => {
  send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
