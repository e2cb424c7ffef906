import {
  createPresenceStateDerivation,
  InstancePresenceRecordType,
  react,
  UserRecordType,
  type Signal,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
} from 'tldraw';
import { removeAwarenessStates, type Awareness } from 'y-protocols/awareness';
import { readBoardPeer } from '@/lib/session/awarenessState';

/**
 * Shortest gap between two presence messages. Pointer moves come at 60-120 Hz; 20 Hz keeps remote
 * cursors smooth enough while sparing a venue's shared, patchy uplink.
 */
const PUBLISH_INTERVAL_MS = 50;

/** Key in a peer's presence record `meta`: the server verified that this person leads the session. */
export const LEADS_META = 'planoLeads';

/** What Plano puts in its awareness state. `user` follows the y-protocols convention. */
interface PlanoAwarenessState {
  user: { id: string; name: string; color: string };
  presence: TLInstancePresence | null;
}

export interface SyncPresenceOptions {
  store: TLStore;
  awareness: Awareness;
  /** The signed-in user; its name and colour label this client's cursor on other screens. */
  user: Signal<TLUser | null>;
}

/**
 * Publishes this client's cursor, selection and viewport to Yjs awareness, and shows every other
 * client's as tldraw `instance_presence` records (tldraw then draws named cursors). Returns a
 * function that stops both directions and withdraws this client's presence.
 */
export function syncPresence({ store, awareness, user }: SyncPresenceOptions): () => void {
  const stopPublishing = publishOwnPresence(store, awareness, user);
  const stopShowing = showPeerPresence(store, awareness);
  return () => {
    stopPublishing();
    stopShowing();
  };
}

function presenceIdFor(clientId: number): TLInstancePresence['id'] {
  return InstancePresenceRecordType.createId(String(clientId));
}

function publishOwnPresence(store: TLStore, awareness: Awareness, user: Signal<TLUser | null>): () => void {
  const $presence = createPresenceStateDerivation(user, { instanceId: presenceIdFor(awareness.clientID) })(store);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSentAt = 0;

  const send = () => {
    timer = null;
    lastSentAt = Date.now();
    const current = user.get();
    const state: PlanoAwarenessState = {
      user: {
        id: current ? UserRecordType.parseId(current.id) : '',
        name: current?.name ?? '',
        color: current?.color ?? '',
      },
      presence: $presence.get(),
    };
    // Keep fields other modules add to this client's state (e.g. a raised hand, see session/).
    awareness.setLocalState({ ...awareness.getLocalState(), ...state });
  };
  const schedule = () => {
    if (timer !== null) return;
    timer = setTimeout(send, Math.max(0, lastSentAt + PUBLISH_INTERVAL_MS - Date.now()));
  };

  const stopReacting = react('publish plano presence', () => {
    $presence.get();
    schedule();
  });

  // y-websocket in the browser does not withdraw presence when the tab closes, so peers would
  // keep a frozen cursor for 30 s (the awareness timeout). Withdraw it on pagehide (the event
  // mobile Safari fires reliably) and publish again if the page comes back from the bfcache.
  const onPageHide = () => removeAwarenessStates(awareness, [awareness.clientID], 'page hidden');
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) send();
  };
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('pageshow', onPageShow);

  return () => {
    stopReacting();
    if (timer !== null) clearTimeout(timer);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('pageshow', onPageShow);
    awareness.setLocalState(null);
  };
}

function showPeerPresence(store: TLStore, awareness: Awareness): () => void {
  // Tablets' clocks are often minutes off. tldraw hides a cursor whose lastActivityTimestamp is
  // over 60 s old, so a peer's timestamp is replaced by our own clock at the moment it changed.
  const activity = new Map<number, { remote: number | null; local: number }>();
  const warned = new Set<number>();

  const toRecord = (clientId: number, state: unknown): TLInstancePresence | null => {
    const presence = (state as Partial<PlanoAwarenessState> | undefined)?.presence;
    // Who it is comes from the state's user, which the server set from the sign-in; the rest of
    // the presence is the device's own (cursor, selection, camera).
    const peer = readBoardPeer(clientId, state);
    if (!presence || typeof presence !== 'object' || !peer) return null;
    const remoteStamp = typeof presence.lastActivityTimestamp === 'number' ? presence.lastActivityTimestamp : null;
    const previous = activity.get(clientId);
    const local = previous && previous.remote === remoteStamp ? previous.local : Date.now();
    activity.set(clientId, { remote: remoteStamp, local });
    try {
      // A peer's awareness state is untrusted input: validate it like any record.
      return store.schema.validateRecord(
        store,
        {
          ...presence,
          id: presenceIdFor(clientId),
          typeName: 'instance_presence',
          lastActivityTimestamp: local,
          userId: UserRecordType.createId(peer.userId),
          userName: peer.name,
          color: peer.color || presence.color,
          meta: { ...presence.meta, [LEADS_META]: peer.leads },
        },
        'initialize',
        null,
      ) as TLInstancePresence;
    } catch (error) {
      if (!warned.has(clientId)) {
        warned.add(clientId);
        console.warn(`Plano: ignoring unreadable presence from client ${clientId}.`, error);
      }
      return null;
    }
  };

  const apply = (changedClients: number[], removedClients: number[]) => {
    const states = awareness.getStates();
    const toPut: TLInstancePresence[] = [];
    const toRemove: TLInstancePresence['id'][] = [];
    for (const clientId of changedClients) {
      if (clientId === awareness.clientID) continue;
      const record = toRecord(clientId, states.get(clientId));
      if (record) toPut.push(record);
      else if (store.has(presenceIdFor(clientId))) toRemove.push(presenceIdFor(clientId));
    }
    for (const clientId of removedClients) {
      activity.delete(clientId);
      warned.delete(clientId);
      if (store.has(presenceIdFor(clientId))) toRemove.push(presenceIdFor(clientId));
    }
    if (toPut.length === 0 && toRemove.length === 0) return;
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove);
      if (toPut.length > 0) store.put(toPut);
    });
  };

  const onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) =>
    apply([...added, ...updated], removed);

  apply([...awareness.getStates().keys()], []);
  awareness.on('change', onChange);
  return () => {
    awareness.off('change', onChange);
    const ids = store.query.records('instance_presence').get().map((record) => record.id);
    if (ids.length > 0) store.mergeRemoteChanges(() => store.remove(ids));
  };
}
