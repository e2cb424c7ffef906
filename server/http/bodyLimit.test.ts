import { describe, expect, it } from 'vitest';
import { bodyProblem, MULTIPART_OVERHEAD_BYTES } from './bodyLimit';

const limits = { maxJsonBodyBytes: 1000, maxArchiveBytes: 100_000 };

describe('a request body', () => {
  it('within its route’s limit goes on', () => {
    expect(bodyProblem('POST', '/api/join', { 'content-length': '1000' }, limits)).toBeNull();
    expect(bodyProblem('POST', '/api/workshops/import', { 'content-length': String(100_000 + MULTIPART_OVERHEAD_BYTES) }, limits)).toBeNull();
    expect(bodyProblem('GET', '/w/abc', {}, limits)).toBeNull();
  });

  it('over its limit is refused with 413 by its declared length alone', () => {
    expect(bodyProblem('POST', '/api/join', { 'content-length': '1001' }, limits)).toEqual({ status: 413, reason: 'request body is larger than 1000 bytes' });
    expect(bodyProblem('POST', '/api/workshops/import', { 'content-length': String(100_001 + MULTIPART_OVERHEAD_BYTES) }, limits)?.status).toBe(413);
    expect(bodyProblem('GET', '/api/lang', { 'content-length': '5000' }, limits)?.status).toBe(413);
  });

  it('without a length (chunked) is refused with 411', () => {
    expect(bodyProblem('POST', '/api/join', { 'transfer-encoding': 'chunked' }, limits)?.status).toBe(411);
  });
});
