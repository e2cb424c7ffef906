import { mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIsStale, sourceFingerprint } from './ensureBuild';

describe('npm start decides whether to build', () => {
  it('builds when there is no build, not again for the same sources, and again after any edit', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'plano-build-'));
    await mkdir(path.join(root, 'app'), { recursive: true });
    await writeFile(path.join(root, 'app', 'page.tsx'), 'export default 1');
    expect(buildIsStale(root)).toBe(true);

    // A finished build records the fingerprint taken before it started.
    const before = sourceFingerprint(root);
    await mkdir(path.join(root, '.next'), { recursive: true });
    await writeFile(path.join(root, '.next', 'BUILD_ID'), 'x');
    await writeFile(path.join(root, '.next', 'plano-sources.txt'), before);
    expect(buildIsStale(root)).toBe(false);

    // An edit during or after the build, even one older than BUILD_ID, means a new build.
    await writeFile(path.join(root, 'app', 'page.tsx'), 'export default 2');
    const past = new Date(Date.now() - 60_000);
    await utimes(path.join(root, 'app', 'page.tsx'), past, past);
    expect(buildIsStale(root)).toBe(true);
  });
});
