import { expect, it } from 'vitest';
import './quietSqliteWarning';

it('drops only the experimental warning of node:sqlite, and lets every other warning through', async () => {
  const seen: string[] = [];
  const listener = (warning: Error) => seen.push(`${warning.name}: ${warning.message}`);
  process.on('warning', listener);
  try {
    process.emitWarning('SQLite is an experimental feature and might change at any time', 'ExperimentalWarning');
    process.emitWarning('Something else is an experimental feature', 'ExperimentalWarning');
    process.emitWarning('SQLite disk is slow', 'Warning');
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['ExperimentalWarning: Something else is an experimental feature', 'Warning: SQLite disk is slow']);
  } finally {
    process.off('warning', listener);
  }
});
