/**
 * `npm run cli -- <command> [--json]`: workshop create, boards, token, export, import
 * (ARCHITECTURE.md). Works on the same database as the server (DATA_DIR or DATABASE_URL), also
 * while the server runs.
 */
import '../setup/quietSqliteWarning';
import { runCli } from './runCli';

runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
