/**
 * `import --file F [--structure-only] [--email E]`: a workshop archive (from `export --format
 * json` or the export button) becomes a new workshop here, owned by the facilitator with that
 * email (by default the first facilitator account).
 */
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_ARCHIVE_LIMITS } from '../archive/archiveSchema';
import { importArchive } from '../archive/importArchive';
import { findUserByEmail } from '../db/users';
import type { CliContext } from './commands';
import { CliUsageError, requireOption } from './parseArgs';

export async function importCommand(ctx: CliContext, options: Map<string, string | true>) {
  const file = requireOption(options, 'file');
  const email = options.get('email');
  const owner = typeof email === 'string' ? await findUserByEmail(ctx.sql, email) : await firstFacilitator(ctx);
  if (!owner) throw new CliUsageError(typeof email === 'string' ? `no user with email ${email}` : 'no facilitator account in this database');
  const size = await stat(file).then((s) => s.size, () => null);
  if (size === null) throw new CliUsageError(`cannot read ${file}`);
  // Refused before reading, so a huge file is not loaded into memory.
  if (size > DEFAULT_ARCHIVE_LIMITS.maxArchiveBytes) throw new CliUsageError(`${file} is ${size} bytes; the limit is ${DEFAULT_ARCHIVE_LIMITS.maxArchiveBytes} bytes`);
  const structureOnly = options.has('structure-only');
  const result = await importArchive(ctx.sql, await readFile(file), owner.id, { structureOnly });
  if (!result.ok) throw new CliUsageError(result.error);
  const { workshopId, joinCode, title, pdam, counts } = result.workshop;
  return {
    workshopId,
    joinCode,
    title,
    pdam,
    structureOnly,
    groups: counts.groups,
    docs: counts.docs,
    owner: owner.email,
    signInLink: `${ctx.baseUrl}/signin?callbackUrl=${encodeURIComponent(`/w/${workshopId}`)}`,
  };
}

async function firstFacilitator(ctx: CliContext) {
  const rows = await ctx.sql.query<{ email: string }>('select email from users order by created_at, id limit 1');
  return rows[0] ? findUserByEmail(ctx.sql, rows[0].email) : null;
}
