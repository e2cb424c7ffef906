import { E2E_BASE_URL } from './e2eServer';

/**
 * What a browser adds to a state-changing request from one of Plano's own pages. Playwright's
 * request API sends no Origin, and the server refuses such requests (cross-site request forgery).
 */
export const SAME_ORIGIN = { origin: E2E_BASE_URL } as const;
