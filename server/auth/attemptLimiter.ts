/**
 * Failed attempts per client address (a wrong join code, a wrong password): after `maxFailures`
 * within `windowMs` that address waits until the oldest of them is older than the window.
 * Successful attempts are never counted, so a venue where thirty tablets share one address joins
 * freely; guessing join codes or passwords from one place becomes too slow to be worth it.
 * Counts live in this process's memory (each instance counts its own).
 */
export interface AttemptLimiter {
  /** Null when `key` may try now; otherwise whole seconds until it may. */
  blockedFor(key: string): number | null;
  recordFailure(key: string): void;
}

export interface AttemptLimits {
  maxFailures: number;
  windowMs: number;
  /** Most addresses remembered; the longest-quiet ones are forgotten first. */
  maxKeys?: number;
  now?: () => number;
}

const DEFAULT_MAX_KEYS = 10_000;
const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * Facilitator sign-in: twenty wrong passwords per quarter hour from one address, generous for the
 * facilitators of a venue together, hopeless for guessing a generated password (~2,000 a day).
 */
export const SIGN_IN_LIMITS = { maxFailures: 20, windowMs: FIFTEEN_MINUTES } as const;
/**
 * Joining by code or invite: a whole venue shares one Wi-Fi address and thirty people mistype at
 * the same moment, so a hundred wrong codes per quarter hour; guessing one of 31^6 codes at ~10,000
 * a day would take years.
 */
export const JOIN_LIMITS = { maxFailures: 100, windowMs: FIFTEEN_MINUTES } as const;

export function createAttemptLimiter(limits: AttemptLimits): AttemptLimiter {
  const { maxFailures, windowMs, maxKeys = DEFAULT_MAX_KEYS, now = Date.now } = limits;
  if (!Number.isInteger(maxFailures) || maxFailures < 1) throw new Error(`maxFailures must be a positive integer, got ${maxFailures}`);
  if (!(windowMs > 0)) throw new Error(`windowMs must be positive, got ${windowMs}`);
  /** Failure times per key, oldest first; Map order = least recently failed first. */
  const failures = new Map<string, number[]>();

  function recent(key: string): number[] {
    const times = failures.get(key);
    if (!times) return [];
    const cutoff = now() - windowMs;
    while (times.length > 0 && times[0] <= cutoff) times.shift();
    if (times.length === 0) failures.delete(key);
    return times;
  }

  return {
    blockedFor(key) {
      const times = recent(key);
      if (times.length < maxFailures) return null;
      return Math.max(1, Math.ceil((times[times.length - maxFailures] + windowMs - now()) / 1000));
    },
    recordFailure(key) {
      const times = recent(key);
      times.push(now());
      if (times.length > maxFailures) times.shift();
      failures.delete(key);
      failures.set(key, times);
      if (failures.size > maxKeys) failures.delete(failures.keys().next().value as string);
    },
  };
}
