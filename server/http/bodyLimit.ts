/**
 * Request bodies are capped before any of them is read: JSON routes and the sign-in form take a
 * small body, the archive import the documented archive size. A body over its cap is refused with
 * 413 from its Content-Length alone; a body without one (chunked) is refused with 411, since
 * browsers always send the length and a chunked body could only be capped after reading it.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** Room for the multipart envelope around an archive file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export interface BodyLimits {
  maxJsonBodyBytes: number;
  maxArchiveBytes: number;
}

export type BodyProblem = { status: 411 | 413; reason: string } | null;

/** The most bytes a request to `path` may carry. */
export function bodyLimitFor(path: string, limits: BodyLimits): number {
  return path === '/api/workshops/import' ? limits.maxArchiveBytes + MULTIPART_OVERHEAD_BYTES : limits.maxJsonBodyBytes;
}

export function bodyProblem(method: string | undefined, path: string, headers: IncomingHttpHeaders, limits: BodyLimits): BodyProblem {
  const limit = bodyLimitFor(path, limits);
  const length = headers['content-length'];
  if (length !== undefined) {
    // Node has already refused a malformed or doubled Content-Length.
    return Number(length) > limit ? { status: 413, reason: `request body is larger than ${limit} bytes` } : null;
  }
  if (headers['transfer-encoding'] !== undefined && method !== 'GET' && method !== 'HEAD') {
    return { status: 411, reason: 'request body must say its length (Content-Length)' };
  }
  return null;
}
