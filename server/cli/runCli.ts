/**
 * The command line as a function: parses the arguments, opens the database named by the
 * environment, runs one command and writes its result. main.ts runs it for `npm run cli`; tests
 * call it in-process (one subprocess per command costs about two seconds).
 */
import { resolveAuthSecret } from '../auth/authSecret';
import { createDocTokens } from '../auth/docTokens';
import { loadConfig } from '../config';
import { describePgliteMigration } from '../db/describePgliteMigration';
import { openDatabase } from '../db/openDatabase';
import { withoutParametersInErrors } from '../db/withoutParametersInErrors';
import { setUpFirstRun } from '../setup/firstRun';
import { boards, exportCommand, token, workshopCreate, type CliContext } from './commands';
import { importCommand } from './importCommand';
import { CliUsageError, parseArgs } from './parseArgs';

export const USAGE = `Usage: npm run cli -- <command> [options] [--json]
  workshop create --title T --pdam P [--email E]
  boards --workshop W
  token --workshop W --doc D --role facilitator|participant|observer [--group G] [--ttl SECONDS] [--name N]
  export --workshop W --format docx|pdf|xlsx|json --out FILE [--lang id|en]
  import --file FILE [--structure-only] [--email E]`;

const COMMANDS = {
  'workshop create': workshopCreate,
  boards,
  token,
  export: exportCommand,
  import: importCommand,
} as const satisfies Record<string, (ctx: CliContext, options: Map<string, string | true>) => Promise<unknown>>;

export interface CliIo {
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs one command; resolves with the exit code (0 done, 1 failed, 2 wrong usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.stderr(`${error instanceof CliUsageError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
    return error instanceof CliUsageError ? 2 : 1;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(argv);
  const json = options.has('json');
  const command = positional.join(' ');
  if (!Object.hasOwn(COMMANDS, command)) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig(io.env);
  const tokens = createDocTokens(await resolveAuthSecret(config.dataDir, config.authSecret));
  const baseUrl = `http://localhost:${config.port}`;
  // Works beside a running server (SQLite's locks take the writers one at a time) and on a fresh
  // data folder, where it sets up what the server's first start would.
  const sql = withoutParametersInErrors(
    await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      onPgliteMigrated: (migration) => io.stderr(`${describePgliteMigration(migration)}\n`),
    }),
  );
  try {
    const firstRun = await setUpFirstRun(sql, config.dataDir);
    if (firstRun) {
      io.stderr(`Akun fasilitator pertama dibuat / First facilitator account created: ${firstRun.email} (kata sandi / password: ${firstRun.credentialsFile})\n`);
    }
    const result = await COMMANDS[command as keyof typeof COMMANDS]({ sql, tokens, baseUrl }, options);
    io.stdout(json ? JSON.stringify(result, null, 2) + '\n' : formatText(result) + '\n');
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
