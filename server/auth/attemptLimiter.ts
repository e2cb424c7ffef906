/**
 * Wrong attempts per key (a client address, an account, a trusted device), in a sliding window,
 * answered with growing delays instead of a long lock-out: the first `freeFailures` cost nothing,
 * then each further one makes the key wait `firstDelayMs`, doubling up to `maxDelayMs`. Guessing
 * becomes hopelessly slow while someone who merely mistyped waits seconds, not a quarter hour.
 * With a `detail` (the code typed), repeating the same wrong attempt counts once: a tablet
 * retrying one typo does not use up a venue's allowance. Counts live in this process's memory.
 */
export interface AttemptLimiter {
  /** Null when `key` may try now; otherwise whole seconds until it may. */
  blockedFor(key: string): number | null;
  /** A wrong attempt by `key`; attempts with the same `detail` count once. */
  recordFailure(key: string, detail?: string): void;
  /** Distinct wrong attempts by `key` within the window. */
  failureCount(key: string): number;
}

export interface AttemptLimits {
  /** Distinct wrong attempts within the window that cost no wait. */
  freeFailures: number;
  windowMs: number;
  /** Wait after the first attempt beyond the free ones; it doubles with each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Most keys remembered; the longest-quiet ones are forgotten first. */
  maxKeys?: number;
  now?: () => number;
}

const DEFAULT_MAX_KEYS = 10_000;
/** Distinct failures kept per key; beyond the free ones and the doublings the wait is at its maximum anyway. */
const MAX_DETAILS_PER_KEY = 256;
const ONE_HOUR = 60 * 60_000;
const FIVE_MINUTES = 5 * 60_000;

/**
 * Joining by code, per client address: a whole venue behind one Wi-Fi address mistypes freely
 * (20 different wrong codes an hour, the same typo again costs nothing), then 1 s, 2 s, … up to
 * 5 min between tries. Guessing one of 31^6 codes at about 300 a day would take centuries.
 */
export const JOIN_LIMITS = { freeFailures: 20, windowMs: ONE_HOUR, firstDelayMs: 1000, maxDelayMs: FIVE_MINUTES } as const;
/** Facilitator passwords, per account: ten wrong ones an hour, then growing waits up to 5 min. */
export const ACCOUNT_SIGN_IN_LIMITS = { freeFailures: 10, windowMs: ONE_HOUR, firstDelayMs: 1000, maxDelayMs: FIVE_MINUTES } as const;
/** Facilitator passwords, per client address: twenty different accounts an hour (stops spraying). */
export const ADDRESS_SIGN_IN_LIMITS = { freeFailures: 20, windowMs: ONE_HOUR, firstDelayMs: 1000, maxDelayMs: FIVE_MINUTES } as const;

interface KeyState {
  /** Last failure time per distinct detail, oldest first. */
  failures: Map<string, number>;
  /** For failures without a detail: each one is its own. */
  counter: number;
}

export function createAttemptLimiter(limits: AttemptLimits): AttemptLimiter {
  const { freeFailures, windowMs, firstDelayMs, maxDelayMs, maxKeys = DEFAULT_MAX_KEYS, now = Date.now } = limits;
  if (!Number.isInteger(freeFailures) || freeFailures < 0) throw new Error(`freeFailures must be a whole number, got ${freeFailures}`);
  if (!(windowMs > 0)) throw new Error(`windowMs must be positive, got ${windowMs}`);
  if (!(firstDelayMs > 0) || !(maxDelayMs >= firstDelayMs)) throw new Error(`delays must be positive and maxDelayMs at least firstDelayMs, got ${firstDelayMs} and ${maxDelayMs}`);
  /** Map order = least recently failed first. */
  const keys = new Map<string, KeyState>();

  function recent(key: string): KeyState | null {
    const state = keys.get(key);
    if (!state) return null;
    const cutoff = now() - windowMs;
    for (const [detail, time] of state.failures) if (time <= cutoff) state.failures.delete(detail);
    if (state.failures.size === 0) {
      keys.delete(key);
      return null;
    }
    return state;
  }

  return {
    blockedFor(key) {
      const state = recent(key);
      if (!state || state.failures.size <= freeFailures) return null;
      const beyond = state.failures.size - freeFailures;
      const delay = Math.min(maxDelayMs, firstDelayMs * 2 ** Math.min(beyond - 1, 40));
      const last = Math.max(...state.failures.values());
      const waitMs = last + delay - now();
      return waitMs > 0 ? Math.ceil(waitMs / 1000) : null;
    },
    recordFailure(key, detail) {
      const state = recent(key) ?? { failures: new Map<string, number>(), counter: 0 };
      const name = detail === undefined ? `#${state.counter++}` : `=${detail}`;
      state.failures.delete(name);
      state.failures.set(name, now());
      if (state.failures.size > MAX_DETAILS_PER_KEY) state.failures.delete(state.failures.keys().next().value as string);
      keys.delete(key);
      keys.set(key, state);
      if (keys.size > maxKeys) keys.delete(keys.keys().next().value as string);
    },
    failureCount(key) {
      return recent(key)?.failures.size ?? 0;
    },
  };
}
