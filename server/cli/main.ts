/**
 * `npm run cli -- <command> [--json]`: workshop create, boards, token, export (ARCHITECTURE.md).
 * Works on the same database as the server (DATA_DIR or DATABASE_URL).
 */
import { resolveAuthSecret } from '../auth/authSecret';
import { createDocTokens } from '../auth/docTokens';
import { loadConfig } from '../config';
import { DatabaseInUseError } from '../db/embeddedLock';
import { openDatabase } from '../db/openDatabase';
import { boards, exportCommand, token, workshopCreate, type CliContext } from './commands';
import { importCommand } from './importCommand';
import { CliUsageError, parseArgs } from './parseArgs';

const USAGE = `Usage: npm run cli -- <command> [options] [--json]
  workshop create --title T --pdam P [--email E]
  boards --workshop W
  token --workshop W --doc D --role facilitator|participant|observer [--group G] [--ttl SECONDS] [--name N]
  export --workshop W --format docx|pdf|xlsx|json --out FILE [--lang id|en]
  import --file FILE [--structure-only] [--email E]`;

async function run(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv);
  const json = options.has('json');
  const command = positional.join(' ');
  if (!['workshop create', 'boards', 'token', 'export', 'import'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const tokens = createDocTokens(await resolveAuthSecret(config.dataDir, config.authSecret));
  const baseUrl = `http://localhost:${config.port}`;
  let sql;
  try {
    sql = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    // A token needs only the secret; the server checks the document when the token is used.
    if (!(error instanceof DatabaseInUseError) || command !== 'token') throw error;
    process.stderr.write('Plano is running on this data folder: signing the token without checking the document.\n');
    const result = await token({ sql: null, tokens, baseUrl }, options);
    process.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : formatText(result) + '\n');
    return 0;
  }
  try {
    const ctx: CliContext = { sql, tokens, baseUrl };
    const result =
      command === 'workshop create'
        ? await workshopCreate(ctx, options)
        : command === 'boards'
          ? await boards(ctx, options)
          : command === 'export'
            ? await exportCommand(ctx, options)
            : command === 'import'
              ? await importCommand(ctx, options)
              : await token(ctx, options);
    process.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : formatText(result) + '\n');
    return 0;
  } finally {
    await sql.close();
  }
}

function formatText(result: unknown): string {
  if (Array.isArray(result)) return result.map((row) => Object.values(row as object).join('\t')).join('\n');
  return Object.entries(result as object)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof CliUsageError || error instanceof DatabaseInUseError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(error instanceof CliUsageError ? 2 : 1);
  },
);
