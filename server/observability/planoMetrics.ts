/**
 * The metrics one Plano process exports at /metrics. Names follow Prometheus conventions
 * (`_total` counters, base units: seconds, bytes).
 */
import { MetricsRegistry, type Counter, type Histogram } from './metrics';

export interface PlanoMetrics {
  readonly registry: MetricsRegistry;
  /** Updates from this instance's clients, committed to storage (label source="client"), or from another instance via fan-out (source="fanout"). */
  readonly updatesReceived: Counter;
  /** Update frames sent to local peers (one per peer). */
  readonly updatesRelayed: Counter;
  readonly updatesPersisted: Counter;
  readonly persistSeconds: Histogram;
  readonly persistErrors: Counter;
  readonly compactions: Counter;
  readonly compactionErrors: Counter;
  /** Connections closed by the server with an error close code (label code). */
  readonly protocolErrors: Counter;
  /** Fan-out messages published to / received from Redis (label kind). */
  readonly fanoutOut: Counter;
  readonly fanoutIn: Counter;
  readonly fanoutErrors: Counter;
  /** Re-syncs from the database after Redis came back. */
  readonly fanoutResyncs: Counter;
}

/** Latency buckets for a database write, in seconds: 0.5 ms to 5 s. */
const PERSIST_BUCKETS_S = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export function createPlanoMetrics(): PlanoMetrics {
  const registry = new MetricsRegistry();
  return {
    registry,
    updatesReceived: registry.counter('plano_updates_received_total', 'Document updates accepted, by source (client: committed from a local peer; fanout: from another instance).'),
    updatesRelayed: registry.counter('plano_updates_relayed_total', 'Document update frames sent to local peers.'),
    updatesPersisted: registry.counter('plano_updates_persisted_total', 'Document updates written to the update log.'),
    persistSeconds: registry.histogram('plano_persist_duration_seconds', 'Time to write one batch of updates (group commit).', PERSIST_BUCKETS_S),
    persistErrors: registry.counter('plano_persist_errors_total', 'Failed writes of an update batch (retried).'),
    compactions: registry.counter('plano_compactions_total', 'Update logs folded into a snapshot.'),
    compactionErrors: registry.counter('plano_compaction_errors_total', 'Failed compactions.'),
    protocolErrors: registry.counter('plano_protocol_errors_total', 'Connections closed by the server with an error close code, by code.'),
    fanoutOut: registry.counter('plano_fanout_messages_out_total', 'Messages published to Redis, by kind.'),
    fanoutIn: registry.counter('plano_fanout_messages_in_total', 'Messages from other instances received from Redis, by kind.'),
    fanoutErrors: registry.counter('plano_fanout_errors_total', 'Fan-out publishes dropped or messages that failed to apply.'),
    fanoutResyncs: registry.counter('plano_fanout_resyncs_total', 'Rooms re-synced from the database after Redis reconnected.'),
  };
}
