/**
 * Where a redirect may send people after signing in or switching language: only a path on this
 * site. Browsers read `\` as `/` and drop tabs and newlines inside URLs, so `/\evil.example` or
 * `/<TAB>/evil.example` would leave the site; the target is resolved the way a browser resolves it
 * and kept only when it stays on the same origin.
 */
const PROBE_ORIGIN = 'http://plano.invalid';
const MAX_TARGET_LENGTH = 2000;

/** `target` as a path (with query and fragment) on this site, or `fallback` when it could lead elsewhere. */
export function sameOriginPath(target: string | null | undefined, fallback = '/'): string {
  if (!target || target.length > MAX_TARGET_LENGTH || !target.startsWith('/')) return fallback;
  // Backslashes and control characters have no business in Plano's own paths.
  if (/[\\\u0000-\u001f\u007f]/.test(target)) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(target, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (resolved.origin !== PROBE_ORIGIN) return fallback;
  return resolved.pathname + resolved.search + resolved.hash;
}
