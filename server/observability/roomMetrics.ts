/** Counts updates as rooms accept and relay them: a room extension plus a lifecycle hook, no branches in the core. */
import type { Room, RoomExtension } from '../rooms/Room';
import type { RoomLifecycle } from '../rooms/RoomRegistry';
import type { PlanoMetrics } from './planoMetrics';

export function createRoomMetrics(metrics: PlanoMetrics): { extension: RoomExtension; lifecycle: RoomLifecycle } {
  return {
    extension: {
      afterCommit(_docName, updates) {
        metrics.updatesReceived.inc(updates.length, { source: 'client' });
      },
    },
    lifecycle: {
      afterLoad(room: Room) {
        // The room relays every doc update to all its peers but the one it came from.
        room.onUpdate((_update, origin) => {
          if (origin === 'remote') metrics.updatesReceived.inc(1, { source: 'fanout' });
          const originIsPeer = typeof origin === 'object' && origin !== null && 'send' in origin;
          metrics.updatesRelayed.inc(Math.max(0, room.peerCount - (originIsPeer ? 1 : 0)));
        });
      },
    },
  };
}
