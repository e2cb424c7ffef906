import { mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIsStale, SERVER_BUNDLE_DIR, SERVER_BUNDLE_ENTRY, sourceFingerprint } from './ensureBuild';

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
    expect(buildIsStale(root)).toBe(true); // no server bundle yet
    await mkdir(path.join(root, SERVER_BUNDLE_DIR), { recursive: true });
    await writeFile(path.join(root, SERVER_BUNDLE_DIR, SERVER_BUNDLE_ENTRY), 'export {}');
    expect(buildIsStale(root)).toBe(false);

    // An edit during or after the build, even one older than BUILD_ID, means a new build.
    await writeFile(path.join(root, 'app', 'page.tsx'), 'export default 2');
    const past = new Date(Date.now() - 60_000);
    await utimes(path.join(root, 'app', 'page.tsx'), past, past);
    expect(buildIsStale(root)).toBe(true);
  });

  it('builds again after an edit under server/ alone (route handlers bundle server code too), not after an edit to a test', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'plano-build-server-'));
    await mkdir(path.join(root, 'server', 'db'), { recursive: true });
    await writeFile(path.join(root, 'server', 'db', 'users.ts'), 'export const a = 1');
    await writeFile(path.join(root, 'server', 'db', 'users.test.ts'), 'it()');
    const before = sourceFingerprint(root);
    await writeFile(path.join(root, 'server', 'db', 'users.test.ts'), 'it(); it()');
    expect(sourceFingerprint(root)).toBe(before);
    await writeFile(path.join(root, 'server', 'db', 'users.ts'), 'export const a = 2');
    expect(sourceFingerprint(root)).not.toBe(before);
  });
});
