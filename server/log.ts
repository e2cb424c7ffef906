/** A small structured logger: one JSON line per event on stderr. Never pass tokens or passwords. */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** `quiet` keeps only errors (tests expect the warnings that hostile input causes). */
export function createLogger(options: { quiet?: boolean } = {}): Logger {
  const write = (level: string, message: string, details?: Record<string, unknown>) => {
    if (options.quiet && level !== 'error') return;
    process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level, message, ...details }) + '\n');
  };
  return {
    info: (message, details) => write('info', message, details),
    warn: (message, details) => write('warn', message, details),
    error: (message, details) => write('error', message, details),
  };
}
