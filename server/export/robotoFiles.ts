/**
 * pdfmake's Roboto (the font the PDF embeds) as files on disk. Two readers need files rather than
 * pdfmake's in-memory copy: svg-to-pdfkit, which opens a drawing's font by path, and resvg, which
 * loads fonts from files. The bytes come from `pdfmake/build/vfs_fonts`, which loads the same way
 * under tsx, vitest and the Next server bundle (where resolving a package's own folder does not
 * give a path), and are written once per content into the temporary folder.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const ROBOTO_FILES = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' } as const;

/** pdfmake's fonts by file name, as base64. */
export async function robotoBytes(): Promise<Record<string, string>> {
  const loaded = await import('pdfmake/build/vfs_fonts');
  return (loaded.default ?? loaded) as Record<string, string>;
}

let written: Promise<Record<keyof typeof ROBOTO_FILES, string>> | null = null;

/** Absolute paths of the four Roboto files, written on first use. */
export function robotoPaths(): Promise<Record<keyof typeof ROBOTO_FILES, string>> {
  written ??= writeRoboto().catch((error: unknown) => {
    written = null; // a later export may try again (a full disk, say, may have been freed)
    throw new Error('Could not write the Roboto font files for drawings', { cause: error });
  });
  return written;
}

async function writeRoboto(): Promise<Record<keyof typeof ROBOTO_FILES, string>> {
  const vfs = await robotoBytes();
  const fonts = Object.entries(ROBOTO_FILES).map(([style, name]) => ({ style, name, bytes: Buffer.from(vfs[name], 'base64') }));
  const hash = createHash('sha256');
  for (const font of fonts) hash.update(font.bytes);
  // Named after the content: another Plano version with other fonts writes beside, never over.
  const dir = path.join(os.tmpdir(), `plano-roboto-${hash.digest('hex').slice(0, 16)}`);
  await mkdir(dir, { recursive: true });
  const paths: Record<string, string> = {};
  for (const font of fonts) {
    const target = path.join(dir, font.name);
    const present = await stat(target).then((s) => s.size === font.bytes.length, () => false);
    if (!present) {
      // Written aside and renamed into place, so another process never reads half a font.
      const temp = `${target}.${randomUUID()}.tmp`;
      await writeFile(temp, font.bytes);
      await rename(temp, target);
    }
    paths[font.style] = target;
  }
  return paths as Record<keyof typeof ROBOTO_FILES, string>;
}
