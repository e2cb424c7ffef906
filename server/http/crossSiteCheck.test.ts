import { describe, expect, it } from 'vitest';
import { crossSiteProblem } from './crossSiteCheck';

const direct = { trustProxy: false };
const json = { host: '192.168.1.20:3000', 'content-type': 'application/json' };

describe('a state-changing request', () => {
  it('goes on from a page of this site, on whatever address it is reached', () => {
    expect(crossSiteProblem('POST', '/api/join', { ...json, origin: 'http://192.168.1.20:3000' }, direct)).toBeNull();
    expect(crossSiteProblem('DELETE', '/api/workshops/w/meetings/m', { ...json, 'content-type': 'application/json; charset=utf-8', origin: 'http://192.168.1.20:3000' }, direct)).toBeNull();
    expect(crossSiteProblem('PUT', '/api/boards/b/lock', { ...json, 'sec-fetch-site': 'same-origin' }, direct)).toBeNull();
  });

  it('is refused from a page of another site, or of another port of this host', () => {
    expect(crossSiteProblem('POST', '/api/workshops', { ...json, origin: 'http://evil.example' }, direct)).toMatch(/cross-site/);
    expect(crossSiteProblem('POST', '/api/workshops', { ...json, origin: 'http://192.168.1.20:8080' }, direct)).toMatch(/cross-site/);
    expect(crossSiteProblem('POST', '/api/workshops', { ...json, origin: 'null' }, direct)).toMatch(/cross-site/);
    expect(crossSiteProblem('POST', '/api/workshops', { ...json, 'sec-fetch-site': 'same-site' }, direct)).toMatch(/cross-site/);
  });

  it('is refused when it says nothing of where it comes from (scripts must present an Origin)', () => {
    expect(crossSiteProblem('POST', '/api/join', json, direct)).toMatch(/cross-site/);
  });

  it('must carry JSON: form and plain-text bodies, which any page can send, are refused', () => {
    const origin = 'http://192.168.1.20:3000';
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
      expect(crossSiteProblem('POST', '/api/workshops', { host: json.host, origin, 'content-type': type }, direct), String(type)).toMatch(/JSON/);
    }
  });

  it("keeps Auth.js's form posts and the archive upload, still only from this site", () => {
    const headers = { host: json.host, origin: 'http://192.168.1.20:3000' };
    expect(crossSiteProblem('POST', '/api/auth/callback/credentials', { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, direct)).toBeNull();
    expect(crossSiteProblem('POST', '/api/workshops/import', { ...headers, 'content-type': 'multipart/form-data; boundary=x' }, direct)).toBeNull();
    expect(crossSiteProblem('POST', '/api/auth/callback/credentials', { ...headers, origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, direct)).toMatch(/cross-site/);
  });

  it('behind a proxy compares with the host the trusted proxy reports, or with PUBLIC_URL', () => {
    const proxied = { host: '10.0.0.11:3000', 'x-forwarded-host': 'plano.example.org', 'content-type': 'application/json', origin: 'https://plano.example.org' };
    expect(crossSiteProblem('POST', '/api/join', proxied, { trustProxy: true })).toBeNull();
    expect(crossSiteProblem('POST', '/api/join', proxied, direct)).toMatch(/cross-site/);
    expect(crossSiteProblem('POST', '/api/join', proxied, { trustProxy: false, publicUrl: 'https://plano.example.org' })).toBeNull();
  });

  it('reads are not checked', () => {
    expect(crossSiteProblem('GET', '/api/lang', { host: json.host, origin: 'http://evil.example' }, direct)).toBeNull();
  });
});
