/**
 * Copies tldraw's static assets (fonts, icons, translations, embed icons) from
 * `node_modules/@tldraw/assets` into `public/tldraw/`, so the board never asks tldraw's CDN for
 * them (venues may have no internet). Runs before `next build` and `next dev`.
 *
 * Idempotent: a stamp file records the copied package version; a second run with the same
 * version and all folders present does nothing, a new version replaces the folder.
 *
 * Usage: `tsx scripts/copyTldrawAssets.ts` (or `node scripts/copyTldrawAssets.ts` on Node 23.6+).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The asset folders `getAssetUrls` from `@tldraw/assets/selfHosted` points into. */
export const TLDRAW_ASSET_FOLDERS = ['fonts', 'icons', 'translations', 'embed-icons'] as const;

const STAMP_FILE = '.assets-version';

export interface CopyTldrawAssetsOptions {
  /** Folder of the installed `@tldraw/assets` package; default: resolved from this project. */
  fromDir?: string;
  /** Destination folder; default: `<project>/public/tldraw`. */
  toDir?: string;
}

export interface CopyTldrawAssetsResult {
  copied: boolean;
  version: string;
  toDir: string;
}

export function copyTldrawAssets(options: CopyTldrawAssetsOptions = {}): CopyTldrawAssetsResult {
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const fromDir = options.fromDir ?? findAssetsPackage(projectRoot);
  const toDir = options.toDir ?? join(projectRoot, 'public', 'tldraw');
  const version = readPackageVersion(fromDir);
  const stampPath = join(toDir, STAMP_FILE);

  const upToDate =
    existsSync(stampPath) &&
    readFileSync(stampPath, 'utf8').trim() === version &&
    TLDRAW_ASSET_FOLDERS.every((folder) => existsSync(join(toDir, folder)));
  if (upToDate) return { copied: false, version, toDir };

  // Start clean so files dropped by a newer tldraw release do not linger.
  rmSync(toDir, { recursive: true, force: true });
  mkdirSync(toDir, { recursive: true });
  for (const folder of TLDRAW_ASSET_FOLDERS) {
    const source = join(fromDir, folder);
    if (!existsSync(source)) {
      throw new Error(`@tldraw/assets ${version} has no "${folder}" folder at ${source}`);
    }
    cpSync(source, join(toDir, folder), { recursive: true });
  }
  // Written last: an interrupted copy leaves no stamp and is redone next time.
  writeFileSync(stampPath, `${version}\n`);
  return { copied: true, version, toDir };
}

function findAssetsPackage(projectRoot: string): string {
  const require = createRequire(join(projectRoot, 'package.json'));
  return dirname(require.resolve('@tldraw/assets/package.json'));
}

function readPackageVersion(packageDir: string): string {
  const pkg: unknown = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  if (typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string') {
    return pkg.version;
  }
  throw new Error(`No version in ${join(packageDir, 'package.json')}`);
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const result = copyTldrawAssets();
  console.log(
    result.copied
      ? `Copied tldraw assets ${result.version} to ${result.toDir}`
      : `tldraw assets ${result.version} already in ${result.toDir}`,
  );
}
