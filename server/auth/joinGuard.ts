/**
 * Who may try a join code now. Wrong codes are counted per client address with growing waits
 * (JOIN_LIMITS), so guessing from anywhere is hopeless. A venue behind one Wi-Fi address must not
 * be locked out by one device there that keeps guessing or mistyping, so the code of a workshop
 * that has already been joined from an address is never held back at that address: the room's
 * own code keeps working for everyone in the room. A code passes this way only after it has worked
 * from that very address, so the exception tells a guesser nothing new.
 */
import { createAttemptLimiter, JOIN_LIMITS, type AttemptLimits } from './attemptLimiter';

export interface SlowedNetwork {
  address: string;
  /** Different wrong codes from there within the hour. */
  wrongCodes: number;
  /** Seconds a new device there waits before its next try, or null when it may try now. */
  waitSeconds: number | null;
}

export interface JoinGuard {
  /** Null when `code` may be checked for this address now; otherwise seconds to wait. */
  waitFor(address: string, code: string): number | null;
  recordWrong(address: string, code: string): void;
  recordJoined(address: string, code: string): void;
  /**
   * Networks held back by wrong codes that matter to the workshop with `code`: those it has been
   * joined from, and `viewerAddress` (the facilitator's own), for a notice on the people screen.
   */
  slowedNetworks(code: string, viewerAddress: string | null): SlowedNetwork[];
}

/** How long a code that worked from an address keeps passing there: a workshop day and night. */
const JOINED_CODE_MS = 12 * 60 * 60_000;
const MAX_ADDRESSES = 10_000;

export function createJoinGuard(limits: AttemptLimits = JOIN_LIMITS): JoinGuard {
  const wrongCodes = createAttemptLimiter(limits);
  const now = limits.now ?? Date.now;
  /** Per address, the codes joined from there and when; Map order = least recently joined first. */
  const joined = new Map<string, Map<string, number>>();

  function joinedCodes(address: string): Map<string, number> | null {
    const codes = joined.get(address);
    if (!codes) return null;
    for (const [code, time] of codes) if (now() - time > JOINED_CODE_MS) codes.delete(code);
    if (codes.size === 0) joined.delete(address);
    return codes.size > 0 ? codes : null;
  }

  return {
    waitFor(address, code) {
      if (joinedCodes(address)?.has(code)) return null;
      return wrongCodes.blockedFor(address);
    },
    recordWrong(address, code) {
      wrongCodes.recordFailure(address, code);
    },
    recordJoined(address, code) {
      const codes = joinedCodes(address) ?? new Map<string, number>();
      codes.set(code, now());
      joined.delete(address);
      joined.set(address, codes);
      if (joined.size > MAX_ADDRESSES) joined.delete(joined.keys().next().value as string);
    },
    slowedNetworks(code, viewerAddress) {
      const addresses = new Set([...joined.keys()].filter((address) => joinedCodes(address)?.has(code)));
      if (viewerAddress) addresses.add(viewerAddress);
      return [...addresses]
        .map((address) => ({ address, wrongCodes: wrongCodes.failureCount(address), waitSeconds: wrongCodes.blockedFor(address) }))
        .filter((network) => network.wrongCodes > limits.freeFailures);
    },
  };
}
