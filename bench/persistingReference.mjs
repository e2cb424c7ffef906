// Preloaded (node --import) into the reference y-websocket server to make it a peer that, like
// Plano, commits every update before relaying it: through the server's own setPersistence hook,
// one SQLite insert (node:sqlite, WAL, synchronous=NORMAL, as Plano's embedded database) runs as
// the document's first 'update' handler, ahead of the broadcast the server registered itself.
// It stores and relays in the same turn (a synchronous insert), the cheapest such a peer can be.
import { DatabaseSync } from 'node:sqlite';
import { setPersistence } from '@y/websocket-server/utils';

const file = process.env.BENCH_PERSIST_FILE;
if (!file) throw new Error('BENCH_PERSIST_FILE is not set');
const db = new DatabaseSync(file);
db.exec('pragma journal_mode = wal');
db.exec('pragma synchronous = normal');
db.exec('create table if not exists updates (seq integer primary key autoincrement, doc text not null, data blob not null)');
const insert = db.prepare('insert into updates (doc, data) values (?, ?)');

setPersistence({
  provider: db,
  bindState: (docName, doc) => {
    const existing = [...(doc._observers.get('update') ?? [])];
    for (const handler of existing) doc.off('update', handler);
    doc.on('update', (update) => insert.run(docName, update));
    for (const handler of existing) doc.on('update', handler);
  },
  writeState: async () => undefined,
});
