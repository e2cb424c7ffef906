/**
 * Node 22 marks `node:sqlite` experimental and prints a warning when it loads. Plano depends on
 * it knowingly (README), so that one warning is dropped; every other warning still prints.
 * Imported first by the entry points, before anything loads node:sqlite.
 */
const emitWarning = process.emitWarning.bind(process);

process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const text = typeof warning === 'string' ? warning : warning.message;
  const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type ?? (warning instanceof Error ? warning.name : undefined);
  if (type === 'ExperimentalWarning' && /SQLite/i.test(text)) return;
  (emitWarning as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;
