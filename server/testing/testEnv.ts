/**
 * The environment the test suites read, in one place (like server/config.ts for the app). CI sets
 * CI and DATABASE_URL; tests that need a service fail in CI when it is missing, and are skipped
 * with a message elsewhere.
 */
export const testEnv = {
  /** A PostgreSQL server where the user may create databases; absent: PostgreSQL tests skip. */
  databaseUrl: process.env.DATABASE_URL || undefined,
  inCi: Boolean(process.env.CI),
  /** Where the facilitator guide is, when not in the shared folder beside the repository. */
  guidePath: process.env.STPP_GUIDE_PATH || undefined,
} as const;
