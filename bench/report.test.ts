import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INTRO, renderProbes, writeLatestRun } from './report';

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
        label: 'PGlite on disk',
        rows: [
          { kind: 'roundTrip', operation: 'select 1', backToBack: summary(0.25, 0.5), afterIdle: summary(1, 1.5) },
          { kind: 'append', operation: 'append', backToBack: summary(0.3, 1), afterIdle: summary(1.2, 1.8) },
        ],
      },
    ]);
    expect(lines).toContain('| select 1 | 0.250 / 0.500 | 1.000 / 1.500 |');
    expect(lines).toContain('| append | 0.300 / 1.000 | 1.200 / 1.800 |');
    expect(lines.find((line) => line.startsWith('- PGlite on disk:'))).toMatch(/append after 5 ms idle takes 4\.0x .* round trip 4\.0x/);
  });

  it('renders nothing when the probe did not run', () => {
    expect(renderProbes([])).toEqual([]);
  });
});
