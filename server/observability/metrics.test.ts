import { describe, expect, it } from 'vitest';
import { MetricsRegistry } from './metrics';

describe('the Prometheus registry', () => {
  it('renders counters with labels, gauges read at scrape time and cumulative histogram buckets', () => {
    const registry = new MetricsRegistry();
    const closes = registry.counter('closes_total', 'Closes by code.');
    let open = 3;
    registry.gauge('open', 'Open things.', () => open);
    const latency = registry.histogram('latency_seconds', 'Latency.', [0.01, 0.1]);
    closes.inc(1, { code: '4400' });
    closes.inc(2, { code: '4400' });
    latency.observe(0.005);
    latency.observe(0.05);
    latency.observe(3);
    open = 5;
    const text = registry.render();
    expect(text).toContain('# TYPE closes_total counter\ncloses_total{code="4400"} 3');
    expect(text).toContain('open 5');
    expect(text).toContain('latency_seconds_bucket{le="0.01"} 1\nlatency_seconds_bucket{le="0.1"} 2\nlatency_seconds_bucket{le="+Inf"} 3');
    expect(text).toContain('latency_seconds_count 3');
  });

  it('shows a counter never incremented as 0', () => {
    const registry = new MetricsRegistry();
    registry.counter('nothing_total', 'Nothing yet.');
    expect(registry.render()).toContain('nothing_total 0');
  });
});
