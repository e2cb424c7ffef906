/**
 * Who may try a facilitator password now, with growing waits rather than lock-outs:
 * - per account, from devices it has not signed in on (guessing one account from anywhere);
 * - per client address, counting different accounts (trying many accounts from one place);
 * - per trusted device (server/auth/trustedDevice.ts), which is spared the two above, so the
 *   facilitator's own laptop keeps working while someone elsewhere guesses.
 * The account's count is also the notice its owner sees after signing in.
 */
import { ACCOUNT_SIGN_IN_LIMITS, ADDRESS_SIGN_IN_LIMITS, createAttemptLimiter, type AttemptLimits } from './attemptLimiter';
import { accountKey } from './trustedDevice';

export interface SignInAttempt {
  address: string;
  email: string;
  /** The device id when the attempt carries this account's device cookie. */
  deviceId: string | null;
}

export interface SignInGuard {
  /** Null when this attempt may be checked now; otherwise seconds to wait. */
  waitFor(attempt: SignInAttempt): number | null;
  recordWrong(attempt: SignInAttempt): void;
  /** Wrong passwords for the account, within the hour, from devices it has not signed in on. */
  wrongPasswordsFor(email: string): number;
}

export function createSignInGuard(limits: { account: AttemptLimits; address: AttemptLimits; device: AttemptLimits } = { account: ACCOUNT_SIGN_IN_LIMITS, address: ADDRESS_SIGN_IN_LIMITS, device: ACCOUNT_SIGN_IN_LIMITS }): SignInGuard {
  const accounts = createAttemptLimiter(limits.account);
  const addresses = createAttemptLimiter(limits.address);
  const devices = createAttemptLimiter(limits.device);
  return {
    waitFor({ address, email, deviceId }) {
      if (deviceId) return devices.blockedFor(deviceId);
      const waits = [accounts.blockedFor(accountKey(email)), addresses.blockedFor(address)].filter((wait): wait is number => wait !== null);
      return waits.length > 0 ? Math.max(...waits) : null;
    },
    recordWrong({ address, email, deviceId }) {
      if (deviceId) {
        devices.recordFailure(deviceId);
        return;
      }
      accounts.recordFailure(accountKey(email));
      addresses.recordFailure(address, accountKey(email));
    },
    wrongPasswordsFor: (email) => accounts.failureCount(accountKey(email)),
  };
}
