/** Wraps room storage so every write and compaction is timed and counted, without touching the room core. */
import { performance } from 'node:perf_hooks';
import type { RoomStorage } from '../rooms/Room';
import type { PlanoMetrics } from './planoMetrics';

export function instrumentStorage(storage: RoomStorage, metrics: PlanoMetrics): RoomStorage {
  return {
    load: (docName) => storage.load(docName),
    async append(docName, updates) {
      const start = performance.now();
      try {
        const seq = await storage.append(docName, updates);
        metrics.persistSeconds.observe((performance.now() - start) / 1000);
        metrics.updatesPersisted.inc(updates.length);
        return seq;
      } catch (error) {
        metrics.persistErrors.inc();
        throw error;
      }
    },
    saveCheckpoint: storage.saveCheckpoint && ((docName, state) => storage.saveCheckpoint!(docName, state)),
    async compact(docName) {
      try {
        const result = await storage.compact(docName);
        metrics.compactions.inc();
        return result;
      } catch (error) {
        metrics.compactionErrors.inc();
        throw error;
      }
    },
  };
}
