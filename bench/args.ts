/** Command-line flags of `npm run bench`. */

export interface BenchArgs {
  /** Rooms in the fan-out run. */
  rooms: number;
  /** Stock clients per room. */
  clients: number;
  /** Clients in the second fan-out run, all in one room (a plenary); 0 skips that run. */
  crowd: number;
  /** Measured seconds of steady load (after a short warm-up). */
  seconds: number;
  /** Edits per second sent by each client. */
  rate: number;
  /** Updates in the logged document of the cold-load test. */
  coldUpdates: number;
  /** Write the results into BENCHMARKS.md. */
  write: boolean;
}

export const USAGE = `usage: npm run bench -- [--rooms N] [--clients N] [--seconds S] [--rate R] [--cold-updates N] [--no-write]
  --rooms         rooms in the fan-out run (default 10)
  --clients       stock clients per room (default 10)
  --crowd         clients in the one-room run (default 50; 0 skips it)
  --seconds       measured seconds of load per server (default 10)
  --rate          edits per second per client (default 2)
  --cold-updates  logged updates in the cold-load document (default 50000)
  --no-write      print only; do not update BENCHMARKS.md
  DATABASE_URL    when set, also run against PostgreSQL in a throw-away database`;

const NUMERIC: Record<string, { key: keyof BenchArgs; min: number; max: number; integer: boolean }> = {
  '--rooms': { key: 'rooms', min: 1, max: 100, integer: true },
  '--clients': { key: 'clients', min: 2, max: 100, integer: true },
  '--crowd': { key: 'crowd', min: 0, max: 200, integer: true },
  '--seconds': { key: 'seconds', min: 1, max: 120, integer: false },
  '--rate': { key: 'rate', min: 0.1, max: 50, integer: false },
  '--cold-updates': { key: 'coldUpdates', min: 500, max: 200_000, integer: true },
};

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { rooms: 10, clients: 10, crowd: 50, seconds: 10, rate: 2, coldUpdates: 50_000, write: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--no-write') {
      args.write = false;
      continue;
    }
    const [name, inline] = flag.includes('=') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, undefined];
    const spec = NUMERIC[name];
    if (!spec) throw new Error(`unknown argument ${JSON.stringify(flag)}\n${USAGE}`);
    const raw = inline ?? argv[++i];
    const value = Number(raw);
    if (raw === undefined || !Number.isFinite(value) || value < spec.min || value > spec.max || (spec.integer && !Number.isInteger(value))) {
      throw new Error(`${name} needs ${spec.integer ? 'an integer' : 'a number'} from ${spec.min} to ${spec.max}, got ${JSON.stringify(raw)}\n${USAGE}`);
    }
    (args[spec.key] as number) = value;
  }
  return args;
}
