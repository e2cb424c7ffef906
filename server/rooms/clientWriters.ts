/**
 * Who writes as which Yjs client id. Yjs lets any peer write structs under any client id; written
 * at another device's next clocks, they make that device's own edits look already held (the
 * server would ignore them, and the device would disagree with everyone from then on). A client
 * id that a person extended in this room may therefore be extended by nobody else while that
 * person is connected. Someone else may extend it once they are gone: a shared group tablet
 * handed to the next person still sends the previous person's unsent edits from its offline copy.
 * The refusal is one the client retries (CloseCode.writesAsAnotherDevice): a tablet that holds
 * someone's edits the server lost (a restore) gets in once that person's device sent them itself.
 */
import * as Y from 'yjs';
import type { DecodedUpdate } from './messages';

/** The subject the room's own changes are written under (see Room.applyServerChange). */
export const SERVER_SUBJECT = 'plano-server';

export class ClientWriters {
  private readonly writerOf_ = new Map<number, string>();

  constructor(serverClientId: number) {
    this.writerOf_.set(serverClientId, SERVER_SUBJECT);
  }

  /** The first of `clients` that someone other than `subject`, still connected, writes as; or null. */
  foreignClient(clients: readonly number[], subject: string, isConnected: (subject: string) => boolean): number | null {
    for (const client of clients) {
      const writer = this.writerOf_.get(client);
      if (writer !== undefined && writer !== subject && (writer === SERVER_SUBJECT || isConnected(writer))) return client;
    }
    return null;
  }

  /** Who last extended `client` in this room (SERVER_SUBJECT for the room's own), if anyone. */
  writerOf(client: number): string | undefined {
    return this.writerOf_.get(client);
  }

  record(clients: readonly number[], subject: string): void {
    for (const client of clients) this.writerOf_.set(client, subject);
  }
}

/** The client ids whose clock `update` moves past what `doc` holds (the ids it writes new structs as). */
export function extendedClients(doc: Y.Doc, update: DecodedUpdate): number[] {
  const extended = new Set<number>();
  for (const struct of update.structs) {
    if (struct instanceof Y.Skip || extended.has(struct.id.client)) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) extended.add(struct.id.client);
  }
  return [...extended];
}
