/** How the e2e server is started (playwright.config.ts) and reached (the journeys). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? '.data-e2e';
/**
 * Every journey reaches the server on a loopback address other than localhost, the way tablets
 * reach a venue laptop by its LAN address: links, redirects and origin checks built on the
 * assumption of `localhost` fail here as they would at a venue.
 */
export const E2E_HOST = '127.0.0.2';
export const E2E_BASE_URL = `http://${E2E_HOST}:${E2E_PORT}`;
/** /metrics answers only with this bearer token (http-trust.spec.ts checks both ways). */
export const E2E_METRICS_TOKEN = 'e2e-metrics-token-0123456789';
