import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INTRO, renderFanout, renderProbes, writeLatestRun, type ServerFanout } from './report';

describe('writeLatestRun', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'plano-bench-report-'));
    file = path.join(dir, 'BENCHMARKS.md');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes the intro and the section when there is no file', async () => {
    await writeLatestRun(file, '## Latest run\n\nfirst\n');
    expect(await readFile(file, 'utf8')).toBe(`${INTRO}\n## Latest run\n\nfirst\n`);
  });

  it('replaces only the previous section, keeping what comes before and after', async () => {
    await writeFile(file, '# Title\n\nhand-written intro\n\n## Latest run\n\nold numbers\n\n## History\n\nkept\n');
    await writeLatestRun(file, '## Latest run\n\nnew numbers\n');
    expect(await readFile(file, 'utf8')).toBe('# Title\n\nhand-written intro\n\n## Latest run\n\nnew numbers\n\n## History\n\nkept\n');
  });

  it('does not mistake a "### " subsection of the run for the next section', async () => {
    await writeFile(file, '# T\n\n## Latest run\n\n### Fan-out\n\nold\n');
    await writeLatestRun(file, '## Latest run\n\n### Fan-out\n\nnew\n');
    expect(await readFile(file, 'utf8')).toBe('# T\n\n## Latest run\n\n### Fan-out\n\nnew\n');
  });

  it('appends the section to a file that has none', async () => {
    await writeFile(file, '# T\n\nintro\n');
    await writeLatestRun(file, '## Latest run\n\nx\n');
    expect(await readFile(file, 'utf8')).toBe('# T\n\nintro\n\n## Latest run\n\nx\n');
  });
});

describe('renderProbes', () => {
  const summary = (p50: number, p95: number) => ({ count: 300, p50, p95, p99: p95, max: p95, mean: p50 });

  it('shows each operation back to back and after the idle spell, and how much the idle spell costs', () => {
    const lines = renderProbes([
      {
        label: 'PostgreSQL',
        rows: [
          { kind: 'roundTrip', operation: 'select 1', backToBack: summary(0.25, 0.5), afterIdle: summary(1, 1.5) },
          { kind: 'append', operation: 'append', backToBack: summary(0.3, 1), afterIdle: summary(1.2, 1.8) },
        ],
        toDisk: null,
      },
    ]);
    expect(lines).toContain('| select 1 | 0.250 / 0.500 | 1.000 / 1.500 |');
    expect(lines).toContain('| append | 0.300 / 1.000 | 1.200 / 1.800 |');
    expect(lines.find((line) => line.startsWith('- PostgreSQL:'))).toMatch(/append after 5 ms idle takes 4\.0x .* round trip 4\.0x/);
    expect(lines.some((line) => /edit to disk|target under/.test(line))).toBe(false);
  });

  it('gives the embedded database\'s edit-to-disk time and judges its append after idle against the target', () => {
    const lines = renderProbes([
      {
        label: 'SQLite on disk',
        rows: [
          { kind: 'roundTrip', operation: 'select 1', backToBack: summary(0.01, 0.02), afterIdle: summary(0.03, 0.05) },
          { kind: 'append', operation: 'append', backToBack: summary(0.05, 0.08), afterIdle: summary(0.07, 0.3) },
        ],
        toDisk: { edits: 600, spacingMs: 5, latency: summary(130, 262) },
      },
    ]);
    expect(lines.find((line) => line.includes('edit to disk'))).toMatch(/p50 130 ms, \*\*p95 262 ms\*\*/);
    expect(lines.find((line) => line.includes('target under 0.25 ms'))).toMatch(/p95 0\.300 ms .*\*\*not met\*\*/);
  });

  it('renders nothing when the probe did not run', () => {
    expect(renderProbes([])).toEqual([]);
  });
});

describe('renderFanout', () => {
  const entry = (label: string, kind: ServerFanout['kind'], p95: number): ServerFanout => ({
    label,
    kind,
    result: {
      rooms: 1,
      clientsPerRoom: 50,
      connectMs: 100,
      edits: 1000,
      expected: 49_000,
      delivered: 49_000,
      lost: 0,
      duplicates: 0,
      latency: { count: 49_000, p50: p95 / 2, p95, p99: p95 * 2, max: p95 * 3, mean: p95 / 2 },
      clientLoopDelay: { p99: 1, max: 2 },
      durationSeconds: 11,
    },
    server: { rssIdleBytes: 50 * 2 ** 20, rssLoadedBytes: 60 * 2 ** 20, cpuSeconds: 1.1, loadedRooms: 1 },
  });

  it('judges each Plano column against the in-memory and the persisting reference', () => {
    const lines = renderFanout(
      { rooms: 1, clients: 50, entries: [entry('Plano', 'plano', 6), entry('Reference', 'reference', 5), entry('Persisting', 'persistingReference', 4)] },
      { rate: 2, seconds: 10 },
      1,
    );
    expect(lines[0]).toBe('### Fan-out latency: 1 room x 50 clients, 2 edits/s per client, 10 s measured after 1 s warm-up');
    expect(lines).toContain('| **latency p95 (ms)** | **6.00** | **5.00** | **4.00** |');
    expect(lines.find((line) => line.startsWith('- Plano:'))).toBe(
      '- Plano: p95 6.00 ms = **1.20x** the in-memory reference (5.00 ms; target 1.3x: met), **1.50x** the persisting reference (4.00 ms; target 1.3x: **not met**).',
    );
  });
});
