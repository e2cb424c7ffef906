/**
 * Holds the rooms that have peers, loads a room on first use and unloads it when it has been idle
 * for a while, but never while something it accepted is not yet stored.
 */
import { CloseCode } from './closeCodes';
import { Room, type RoomExtension, type RoomLimits, type RoomLogger, type RoomStorage } from './Room';

interface Entry {
  room: Promise<Room>;
  refs: number;
  idleTimer: NodeJS.Timeout | null;
}

/**
 * Hooks around a room's time in memory, for adapters that must follow it (Redis fan-out
 * subscribes before the room reads storage, so no update falls between the read and the
 * subscription).
 */
export interface RoomLifecycle {
  /** Awaited before the room reads storage. Must not throw for a recoverable outage. */
  beforeLoad?(name: string): Promise<void>;
  /** The room is loaded and about to be handed to its first peer. */
  afterLoad?(room: Room): void;
  /** The room left memory, or failed to load after beforeLoad. */
  afterUnload?(name: string): void;
}

export interface RoomRegistryOptions {
  storage: RoomStorage;
  limits: RoomLimits;
  /** How long a room without peers stays in memory, in milliseconds. */
  idleUnloadMs: number;
  extensions?: RoomExtension[];
  /** Called in order; beforeLoad hooks one after another. */
  lifecycles?: RoomLifecycle[];
  log: RoomLogger;
}

export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();
  private closing = false;

  constructor(private readonly options: RoomRegistryOptions) {}

  /** Counts a user of the room, loading it if needed. Pair every acquire with one release. */
  async acquire(name: string): Promise<Room> {
    if (this.closing) throw new Error('server is shutting down');
    let entry = this.entries.get(name);
    if (!entry) {
      const loading = this.load(name);
      entry = { room: loading, refs: 0, idleTimer: null };
      this.entries.set(name, entry);
      const created = entry;
      loading.catch(() => {
        if (this.entries.get(name) === created) this.entries.delete(name);
        this.afterUnload(name);
      });
    }
    entry.refs++;
    if (entry.idleTimer) {
      clearTimeout(entry.idleTimer);
      entry.idleTimer = null;
    }
    try {
      return await entry.room;
    } catch (error) {
      entry.refs--;
      throw error;
    }
  }

  private async load(name: string): Promise<Room> {
    const { storage, limits, extensions = [], lifecycles = [], log } = this.options;
    for (const lifecycle of lifecycles) await lifecycle.beforeLoad?.(name);
    const room = await Room.load(name, storage, limits, extensions, log);
    for (const lifecycle of lifecycles) lifecycle.afterLoad?.(room);
    return room;
  }

  private afterUnload(name: string): void {
    for (const lifecycle of this.options.lifecycles ?? []) lifecycle.afterUnload?.(name);
  }

  release(name: string): void {
    const entry = this.entries.get(name);
    if (!entry) return;
    entry.refs--;
    if (entry.refs > 0 || this.closing) return;
    entry.idleTimer = setTimeout(() => void this.unloadIfIdle(name, entry), this.options.idleUnloadMs);
  }

  /** The loaded room, if any; used by fan-out and by access changes that must reach live peers. */
  async peek(name: string): Promise<Room | null> {
    const entry = this.entries.get(name);
    return entry ? entry.room.catch(() => null) : null;
  }

  /** Closes every live connection of one person, in every loaded room (removal, role change). */
  async closeConnectionsOf(subject: string, code: number, reason: string): Promise<number> {
    let closed = 0;
    for (const entry of this.entries.values()) {
      const room = await entry.room.catch(() => null);
      room?.closePeersWhere((peer) => {
        const match = peer.subject === subject;
        if (match) closed++;
        return match;
      }, code, reason);
    }
    return closed;
  }

  get loadedCount(): number {
    return this.entries.size;
  }

  loadedNames(): string[] {
    return [...this.entries.keys()];
  }

  /** Stores everything pending in every room, then closes all peers. Used on SIGTERM. */
  async closeAll(): Promise<void> {
    this.closing = true;
    const entries = [...this.entries.values()];
    await Promise.all(
      entries.map(async (entry) => {
        if (entry.idleTimer) clearTimeout(entry.idleTimer);
        const room = await entry.room.catch(() => null);
        if (!room) return;
        await room.flush();
        room.destroy(CloseCode.shuttingDown, 'server shutting down');
        this.afterUnload(room.name);
      }),
    );
    this.entries.clear();
  }

  private async unloadIfIdle(name: string, entry: Entry): Promise<void> {
    entry.idleTimer = null;
    const room = await entry.room.catch(() => null);
    if (!room) return;
    while (room.hasPendingWrites) {
      await room.flush();
    }
    // Re-check after the awaits: a peer may have arrived meanwhile.
    if (entry.refs > 0 || this.entries.get(name) !== entry || room.hasPendingWrites) return;
    this.entries.delete(name);
    room.destroy();
    this.afterUnload(name);
  }
}
