import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  atom,
  computed,
  createTLStore,
  createUserId,
  defaultBindingUtils,
  defaultShapeUtils,
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  UserRecordType,
  type Atom,
  type IndexKey,
  type SerializedSchema,
  type TLAnyBindingUtilConstructor,
  type TLAnyShapeUtilConstructor,
  type TLPageId,
  type TLRecord,
  type TLStore,
  type TLUser,
} from 'tldraw';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { keptPrivately, META_PRIVATE, readPrivateMode } from '@/lib/board/privateMode';
import { templateAreaRecords, templateLayout } from '@/lib/board/templates';
import type { BoardTemplate } from '@/lib/method/types';
import { attachOfflineCopy, type LocalCopyState, type OfflineCopy } from './offline';
import { syncPresence } from './presence';
import { PrivateSpace } from './privateSpace';

/** Y.Map holding every tldraw document record, keyed by record id. The server reads it too. */
export const RECORDS_MAP_NAME = 'tldraw';
/** Y.Map for facts about the document itself. */
export const META_MAP_NAME = 'meta';
/** Key in the meta map: the tldraw schema (`store.schema.serialize()`) the records are written in. */
export const SCHEMA_META_KEY = 'schema';

/**
 * The first page has a fixed id (tldraw's own default) so that two clients seeding the same empty
 * room at the same moment write the same record instead of making two pages.
 */
const FIRST_PAGE_ID = 'page:page' as TLPageId;
const FIRST_PAGE_INDEX = 'a1' as IndexKey;

/** How long to wait for the IndexedDB copy before relying on the server alone. */
const LOCAL_COPY_TIMEOUT_MS = 5000;

/** Transaction origin of everything this client writes into the Y.Doc. */
const LOCAL_ORIGIN = Symbol('plano-board-local');

export interface BoardUser {
  id: string;
  name: string;
  color: string;
}

export interface UseYjsStoreOptions {
  docName: string;
  /** Websocket endpoint without the doc name, e.g. `ws://127.0.0.1:1234`; default `ws(s)://<host>/yjs`. */
  wsUrl?: string;
  /** Sent as the `token` query parameter; not needed with a session cookie. */
  token?: string;
  user: BoardUser;
  /** When false nothing is written to the Y.Doc (the server would refuse it anyway). */
  canWrite: boolean;
  /** Name of the page created when the room turns out to be empty. */
  firstPageName: string;
  /** The sheet an empty room starts with (its template areas); null for a blank board. */
  template?: BoardTemplate | null;
  /**
   * Name of this person's private space on the board (lib/board/personalDoc.ts), for a person who
   * may write; null: private cards and ballots go to the board itself.
   */
  privateDocName?: string | null;
  /** Custom shapes and bindings, added to tldraw's defaults; pass the same ones to `<Tldraw>`. */
  shapeUtils?: readonly TLAnyShapeUtilConstructor[];
  bindingUtils?: readonly TLAnyBindingUtilConstructor[];
}

export type BoardSync =
  /** Before the effect ran (and during server rendering). */
  | { status: 'starting' }
  | {
      status: 'loading';
      ydoc: Y.Doc;
      provider: WebsocketProvider;
      /** No copy of this board on the device: it can only open once the server answers. */
      needsNetwork: boolean;
    }
  | {
      status: 'ready';
      ydoc: Y.Doc;
      provider: WebsocketProvider;
      store: TLStore;
      /** The document was written by a newer tldraw schema: this client must not write to it. */
      docIsNewer: boolean;
      /** This person's private space (ballots, private cards), when they have one. */
      privateDoc: Y.Doc | null;
    };

const STARTING: BoardSync = { status: 'starting' };

/**
 * A tldraw store mirrored into a Yjs document served over the y-websocket protocol, with an
 * IndexedDB copy for offline use and awareness-based presence.
 */
export function useYjsStore(options: UseYjsStoreOptions): BoardSync {
  const { docName, wsUrl, token } = options;
  const [holder] = useState(() => new SyncHolder());
  const latest = useRef(options);

  // Declared before the session effect so that a new session starts from the current props.
  useEffect(() => {
    latest.current = options;
    holder.updateSession(options);
  });

  const { privateDocName } = options;
  useEffect(() => {
    const session = new BoardSession({ ...latest.current, docName, wsUrl, token, privateDocName }, (snapshot) =>
      holder.set(snapshot),
    );
    holder.attach(session);
    return () => {
      holder.detach(session);
      session.destroy();
    };
  }, [holder, docName, wsUrl, token, privateDocName]);

  return useSyncExternalStore(holder.subscribe, holder.getSnapshot, getServerSnapshot);
}

function getServerSnapshot(): BoardSync {
  return STARTING;
}

/** Skips the reconnect back-off: for a "reconnect now" button and the browser's `online` event. */
export function reconnectNow(provider: WebsocketProvider): void {
  if (provider.wsconnected) return;
  provider.disconnect();
  provider.connect();
}

/** The external store React reads; one per mounted hook, outliving sessions. */
class SyncHolder {
  private session: BoardSession | null = null;
  private snapshot: BoardSync = STARTING;
  private readonly listeners = new Set<() => void>();

  attach(session: BoardSession): void {
    this.session = session;
  }

  detach(session: BoardSession): void {
    if (this.session !== session) return;
    this.session = null;
    this.set(STARTING);
  }

  updateSession(options: UseYjsStoreOptions): void {
    this.session?.update(options);
  }

  set(snapshot: BoardSync): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): BoardSync => this.snapshot;
}

function defaultWsUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/yjs`;
}

function toTLUser(user: BoardUser): TLUser {
  return UserRecordType.create({ id: createUserId(user.id), name: user.name, color: user.color });
}

/** One open board: Y.Doc, providers, tldraw store and the bindings between them. */
class BoardSession {
  private readonly ydoc = new Y.Doc();
  private readonly yRecords: Y.Map<TLRecord>;
  private readonly yMeta: Y.Map<unknown>;
  private readonly provider: WebsocketProvider;
  private readonly privateSpace: PrivateSpace | null;
  private readonly store: TLStore;
  private readonly $user: Atom<TLUser>;
  private readonly offline: OfflineCopy;
  private readonly cleanups: Array<() => void> = [];
  private options: UseYjsStoreOptions;
  private localCopy: LocalCopyState | null = null;
  private loaded = false;
  private destroyed = false;
  private docIsNewer = false;

  constructor(
    options: UseYjsStoreOptions,
    private readonly publish: (snapshot: BoardSync) => void,
  ) {
    this.options = options;
    this.yRecords = this.ydoc.getMap<TLRecord>(RECORDS_MAP_NAME);
    this.yMeta = this.ydoc.getMap<unknown>(META_MAP_NAME);
    this.$user = atom('plano board user', toTLUser(options.user));
    const $user = this.$user;
    this.store = createTLStore({
      shapeUtils: [...defaultShapeUtils, ...(options.shapeUtils ?? [])],
      bindingUtils: [...defaultBindingUtils, ...(options.bindingUtils ?? [])],
      // tldraw stamps this user on the shapes they create (attribution) and keeps a user record.
      users: { currentUser: computed('plano current user', () => $user.get()) },
      // Turns on tldraw's people menu; the connection state is shown by our own badge.
      collaboration: { status: null },
    });

    // The local copy is opened first so that, offline, the board shows without waiting for the
    // websocket to give up.
    this.offline = attachOfflineCopy(options.docName, this.ydoc);
    this.provider = new WebsocketProvider(options.wsUrl ?? defaultWsUrl(), options.docName, this.ydoc, {
      params: options.token ? { token: options.token } : {},
    });
    this.privateSpace = options.privateDocName ? new PrivateSpace(options.privateDocName, options.wsUrl ?? defaultWsUrl(), options.token) : null;

    this.offline.whenReady.then((state) => {
      if (this.destroyed) return;
      this.localCopy = state;
      this.tryLoad();
    });
    // IndexedDB can stall (another tab holding an upgrade, a slow device). Do not keep an online
    // user waiting for it: go on without it; if it answers later its updates merge like any other.
    const localCopyTimer = setTimeout(() => {
      if (this.localCopy !== null || this.destroyed) return;
      console.warn(`Plano: the offline copy of board ${options.docName} is slow to open; continuing without it.`);
      this.localCopy = 'unavailable';
      this.tryLoad();
    }, LOCAL_COPY_TIMEOUT_MS);
    this.cleanups.push(() => clearTimeout(localCopyTimer));
    // Seeding waits for 'sync' (the server's state has been applied), never for 'connected':
    // on 'connected' the room still looks empty and seeding would race the server's records.
    const onSync = (isSynced: boolean) => {
      if (isSynced) this.tryLoad();
    };
    this.provider.on('sync', onSync);
    this.cleanups.push(() => this.provider.off('sync', onSync));
    this.watchBrowserConnectivity();
    this.publishLoading();
  }

  update(options: UseYjsStoreOptions): void {
    this.options = options;
    const next = toTLUser(options.user);
    const current = this.$user.get();
    if (current.id !== next.id || current.name !== next.name || current.color !== next.color) {
      this.$user.set(next);
    }
  }

  destroy(): void {
    this.destroyed = true;
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    this.provider.destroy();
    this.privateSpace?.destroy();
    this.offline.destroy();
    this.ydoc.destroy();
  }

  private canWrite(): boolean {
    return this.options.canWrite && !this.docIsNewer;
  }

  private publishLoading(): void {
    this.publish({
      status: 'loading',
      ydoc: this.ydoc,
      provider: this.provider,
      needsNetwork: this.localCopy !== null && this.yRecords.size === 0,
    });
  }

  private publishReady(): void {
    this.publish({
      status: 'ready',
      ydoc: this.ydoc,
      provider: this.provider,
      store: this.store,
      docIsNewer: this.docIsNewer,
      privateDoc: this.privateSpace?.ydoc ?? null,
    });
  }

  /** Loads as soon as there is something to show: the device's copy, or the synced server copy. */
  private tryLoad(): void {
    if (this.loaded || this.destroyed) return;
    if (this.localCopy === null) return; // seeding before the local copy is read could duplicate it
    if (this.yRecords.size > 0) {
      // A board written first by someone who could not seed it (e.g. a participant on an opened
      // plenary nobody had opened before) lacks its document and page: a writer adds them.
      if (this.options.canWrite && (!this.yRecords.has(TLDOCUMENT_ID) || !this.yRecords.has(FIRST_PAGE_ID))) this.seed();
      this.load();
    } else if (this.provider.synced) {
      if (this.options.canWrite) this.seed();
      this.load();
    } else {
      this.publishLoading();
    }
  }

  private seed(): void {
    const records: TLRecord[] = [
      DocumentRecordType.create({ id: TLDOCUMENT_ID }),
      PageRecordType.create({ id: FIRST_PAGE_ID, name: this.options.firstPageName, index: FIRST_PAGE_INDEX }),
      // Template areas have fixed ids, so two clients seeding at once write the same records.
      ...(this.options.template ? (templateAreaRecords(templateLayout(this.options.template), FIRST_PAGE_ID) as unknown as TLRecord[]) : []),
    ];
    this.ydoc.transact(() => {
      // Only what is missing: a page someone renamed, or an area someone moved, stays as it is.
      for (const record of records) if (!this.yRecords.has(record.id)) this.yRecords.set(record.id, record);
      this.yMeta.set(SCHEMA_META_KEY, this.store.schema.serialize());
    }, LOCAL_ORIGIN);
  }

  private load(): void {
    this.loaded = true;
    const docSchema = readDocSchema(this.yMeta);
    const relation = compareSchema(this.store, docSchema);
    this.docIsNewer = relation === 'newer';
    const { records, upgraded } = importAllRecords(this.store, this.yRecords, docSchema, relation);
    applyRemoteChanges(this.store, [...records, ...this.importPrivateRecords()], []);

    if (this.canWrite()) {
      if (upgraded) {
        // Write the migrated records back so older data is upgraded once, not by every client.
        this.ydoc.transact(() => {
          for (const [id, record] of upgraded.put) this.yRecords.set(id, record);
          for (const id of upgraded.removed) this.yRecords.delete(id);
          this.yMeta.set(SCHEMA_META_KEY, this.store.schema.serialize());
        }, LOCAL_ORIGIN);
      } else if (docSchema === null && this.yRecords.size > 0) {
        this.ydoc.transact(() => this.yMeta.set(SCHEMA_META_KEY, this.store.schema.serialize()), LOCAL_ORIGIN);
      }
    }

    this.mirrorStoreToYjs();
    this.mirrorYjsToStore();
    this.cleanups.push(syncPresence({ store: this.store, awareness: this.provider.awareness, user: this.$user }));
    this.publishReady();
  }

  /**
   * Local edits: one Yjs transaction per tldraw change batch and document. What this person
   * writes privately (see keptPrivately) goes to their private space, the rest to the board.
   */
  private mirrorStoreToYjs(): void {
    const stop = this.store.listen(
      ({ changes }) => {
        if (!this.canWrite()) return;
        const space = this.privateSpace;
        if (!space) {
          this.ydoc.transact(() => {
            for (const record of Object.values(changes.added)) this.yRecords.set(record.id, record);
            for (const [, record] of Object.values(changes.updated)) this.yRecords.set(record.id, record);
            for (const record of Object.values(changes.removed)) this.yRecords.delete(record.id);
          }, LOCAL_ORIGIN);
          return;
        }
        const privateModeOn = readPrivateMode(this.yMeta.get(META_PRIVATE)) !== null;
        const isPrivate = (id: string) => space.records.has(id) && !this.yRecords.has(id);
        // Shapes before bindings, so an arrow bound to a card added in this batch finds where it went.
        const written = [...Object.values(changes.added).map((record) => ({ record, added: true })), ...Object.values(changes.updated).map(([, record]) => ({ record, added: false }))];
        written.sort((a, b) => Number(a.record.typeName === 'binding') - Number(b.record.typeName === 'binding'));
        space.ydoc.transact(() => {
          this.ydoc.transact(() => {
            for (const { record, added } of written) {
              if (keptPrivately(record as RoutedTLRecord, added, privateModeOn, isPrivate)) space.records.set(record.id, record);
              else this.yRecords.set(record.id, record);
            }
            for (const record of Object.values(changes.removed)) {
              if (space.records.has(record.id)) space.records.delete(record.id);
              if (this.yRecords.has(record.id)) this.yRecords.delete(record.id);
            }
          }, LOCAL_ORIGIN);
        }, LOCAL_ORIGIN);
      },
      { source: 'user', scope: 'document' },
    );
    this.cleanups.push(stop);
  }

  /** The private space's records the board does not hold, read for this client's schema. */
  private importPrivateRecords(): TLRecord[] {
    const space = this.privateSpace;
    if (!space) return [];
    const records: TLRecord[] = [];
    space.records.forEach((raw, id) => {
      if (this.yRecords.has(id)) return;
      const record = validateRecord(this.store, raw);
      if (record) records.push(record);
    });
    return records;
  }

  /** Remote edits (server, other tabs, the IndexedDB copy), applied without echoing them back. */
  private mirrorYjsToStore(): void {
    const onRecords = (event: Y.YMapEvent<TLRecord>, transaction: Y.Transaction) => {
      if (transaction.local) return; // our own writes came from the store in the first place
      const docSchema = readDocSchema(this.yMeta);
      const relation = compareSchema(this.store, docSchema);
      const toPut: TLRecord[] = [];
      const toRemove: TLRecord['id'][] = [];
      event.changes.keys.forEach((change, id) => {
        if (change.action === 'delete') {
          // Still in this person's private space (e.g. revealed, then taken back): show that copy.
          const kept = this.privateSpace?.records.get(id);
          const fallback = kept === undefined ? null : validateRecord(this.store, kept);
          if (fallback) toPut.push(fallback);
          else if (this.store.has(id as TLRecord['id'])) toRemove.push(id as TLRecord['id']);
          return;
        }
        const raw = this.yRecords.get(id);
        const record = raw === undefined ? null : importRecord(this.store, raw, docSchema, relation);
        if (record) toPut.push(record);
      });
      applyRemoteChanges(this.store, toPut, toRemove);
    };
    const onMeta = (_event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
      if (transaction.local) return;
      const isNewer = compareSchema(this.store, readDocSchema(this.yMeta)) === 'newer';
      if (isNewer !== this.docIsNewer) {
        this.docIsNewer = isNewer;
        if (isNewer) console.warn('Plano: this board was upgraded by a newer client; editing is paused here.');
        this.publishReady();
      }
    };
    this.yRecords.observe(onRecords);
    this.yMeta.observe(onMeta);
    this.cleanups.push(() => this.yRecords.unobserve(onRecords));
    this.cleanups.push(() => this.yMeta.unobserve(onMeta));
    const space = this.privateSpace;
    if (space) {
      // The private space: the board's copy of a record wins (a revealed card is the board's now).
      const onPrivate = (event: Y.YMapEvent<TLRecord>, transaction: Y.Transaction) => {
        if (transaction.local) return;
        const toPut: TLRecord[] = [];
        const toRemove: TLRecord['id'][] = [];
        event.changes.keys.forEach((change, id) => {
          if (this.yRecords.has(id)) return;
          const raw = change.action === 'delete' ? undefined : space.records.get(id);
          const record = raw === undefined ? null : validateRecord(this.store, raw);
          if (record) toPut.push(record);
          else if (this.store.has(id as TLRecord['id'])) toRemove.push(id as TLRecord['id']);
        });
        applyRemoteChanges(this.store, toPut, toRemove);
      };
      space.records.observe(onPrivate);
      this.cleanups.push(() => space.records.unobserve(onPrivate));
    }
  }

  /**
   * y-websocket only notices a dead socket after 30 s without messages. The browser knows sooner:
   * close the socket when it goes offline (so the badge and the unsent count are right at once)
   * and skip the back-off when it comes back.
   */
  private watchBrowserConnectivity(): void {
    const onOffline = () => this.provider.ws?.close();
    const onOnline = () => reconnectNow(this.provider);
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    this.cleanups.push(() => {
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    });
  }
}

/* ----------------------------- records and schema ----------------------------- */

/** A tldraw record as keptPrivately reads it (bindings name their shapes, shapes their parent). */
type RoutedTLRecord = TLRecord & Parameters<typeof keptPrivately>[0];

type SchemaRelation = 'same' | 'older' | 'newer';

function readDocSchema(yMeta: Y.Map<unknown>): SerializedSchema | null {
  const value = yMeta.get(SCHEMA_META_KEY);
  if (value === undefined) return null;
  if (isSerializedSchema(value)) return value;
  console.warn('Plano: the board has an unreadable schema entry; reading its records as current.', value);
  return null;
}

function isSerializedSchema(value: unknown): value is SerializedSchema {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { schemaVersion?: unknown };
  return typeof candidate.schemaVersion === 'number';
}

const relationCache = new WeakMap<object, SchemaRelation>();

/**
 * How the document's schema relates to this client's. A document without a schema entry is
 * taken to be current (e.g. records written by a server template).
 */
function compareSchema(store: TLStore, docSchema: SerializedSchema | null): SchemaRelation {
  if (docSchema === null) return 'same';
  const cached = relationCache.get(docSchema);
  if (cached) return cached;
  // getMigrationsSince fails when one of the document's sequences is past the last migration we
  // know: a newer client wrote it. Sequences we do not know at all are ignored by tldraw; their
  // records fail validation below and are skipped one by one.
  const ours = store.schema.serialize();
  const migrations = docSchema.schemaVersion > ours.schemaVersion ? null : store.schema.getMigrationsSince(docSchema);
  const relation: SchemaRelation =
    migrations === null || !migrations.ok ? 'newer' : migrations.value.length === 0 ? 'same' : 'older';
  relationCache.set(docSchema, relation);
  return relation;
}

/** Records that the migration changed or dropped, to be written back to the Y.Doc. */
interface Upgrade {
  put: Array<[string, TLRecord]>;
  removed: string[];
}

/** Reads every record of the Y.Doc, migrated to this client's schema and validated. */
function importAllRecords(
  store: TLStore,
  yRecords: Y.Map<TLRecord>,
  docSchema: SerializedSchema | null,
  relation: SchemaRelation,
): { records: TLRecord[]; upgraded: Upgrade | null } {
  const raw: Record<string, TLRecord> = {};
  yRecords.forEach((record, id) => {
    raw[id] = record;
  });

  let migrated: Record<string, TLRecord> | null = null;
  if (relation === 'older' && docSchema !== null) {
    // Whole-snapshot migration also runs tldraw's store-level migrations, which the per-record
    // path cannot.
    const result = store.schema.migrateStoreSnapshot({ schema: docSchema, store: raw });
    if (result.type === 'success') migrated = result.value;
    else console.warn(`Plano: migrating the board failed (${result.reason}); migrating record by record.`);
  }

  const records: TLRecord[] = [];
  const upgraded: Upgrade = { put: [], removed: [] };
  if (migrated) {
    for (const [id, record] of Object.entries(migrated)) {
      const valid = validateRecord(store, record);
      if (!valid) continue;
      records.push(valid);
      if (JSON.stringify(raw[id]) !== JSON.stringify(valid)) upgraded.put.push([id, valid]);
    }
    for (const id of Object.keys(raw)) if (!(id in migrated)) upgraded.removed.push(id);
  } else {
    for (const [id, record] of Object.entries(raw)) {
      const valid = importRecord(store, record, docSchema, relation);
      if (!valid) continue;
      records.push(valid);
      if (relation === 'older' && JSON.stringify(record) !== JSON.stringify(valid)) upgraded.put.push([id, valid]);
    }
  }
  return { records, upgraded: relation === 'older' ? upgraded : null };
}

/**
 * Brings one record from the document's schema to ours. A record this client cannot read (a newer
 * schema, an unknown shape type, hostile input) is skipped with a warning: one bad record must not
 * stop the rest of the board from syncing.
 */
function importRecord(
  store: TLStore,
  record: TLRecord,
  docSchema: SerializedSchema | null,
  relation: SchemaRelation,
): TLRecord | null {
  let candidate = record;
  if (relation === 'older' && docSchema !== null) {
    const result = store.schema.migratePersistedRecord(record, docSchema, 'up');
    if (result.type === 'success') candidate = result.value;
    else console.warn(`Plano: could not migrate board record ${String(record?.id)} (${result.reason}).`);
  }
  return validateRecord(store, candidate);
}

function validateRecord(store: TLStore, record: TLRecord): TLRecord | null {
  try {
    return store.schema.validateRecord(store, record, 'initialize', null);
  } catch (error) {
    console.warn(`Plano: skipped board record ${String(record?.id)} that this version cannot read.`, error);
    return null;
  }
}

/**
 * Applies remote records inside `mergeRemoteChanges`, so they are tagged 'remote' (not echoed to
 * Yjs, kept out of undo). If the batch still throws, records go in one by one so the others land.
 */
function applyRemoteChanges(store: TLStore, toPut: TLRecord[], toRemove: TLRecord['id'][]): void {
  if (toPut.length === 0 && toRemove.length === 0) return;
  try {
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove);
      if (toPut.length > 0) store.put(toPut);
    });
  } catch (batchError) {
    console.error('Plano: applying a remote change failed; retrying record by record.', batchError);
    store.mergeRemoteChanges(() => {
      for (const id of toRemove) {
        try {
          store.remove([id]);
        } catch (error) {
          console.warn(`Plano: could not remove board record ${id}.`, error);
        }
      }
      for (const record of toPut) {
        try {
          store.put([record]);
        } catch (error) {
          console.warn(`Plano: could not apply board record ${record.id}.`, error);
        }
      }
    });
  }
}
