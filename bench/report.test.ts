import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INTRO, writeLatestRun } from './report';

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
