import { describe, expect, it } from 'vitest';
import { sameOriginPath } from './sameOriginPath';

describe('a redirect target', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(sameOriginPath('/w/abc/people')).toBe('/w/abc/people');
    expect(sameOriginPath('/join?code=ABC123')).toBe('/join?code=ABC123');
    expect(sameOriginPath('/cofacilitate?invite=x.y.z#form')).toBe('/cofacilitate?invite=x.y.z#form');
  });

  it('never leads to another site, however the host is disguised', () => {
    for (const target of ['//evil.example/x', '/\\evil.example/x', '\\\\evil.example', '/\t/evil.example', '/\n/evil.example', 'https://evil.example', 'javascript:alert(1)', '/%09/evil.example'.replace('%09', '\t'), ' /x']) {
      expect(sameOriginPath(target), target).toBe('/');
    }
  });

  it('falls back when there is no target, or it is not a path', () => {
    expect(sameOriginPath(null)).toBe('/');
    expect(sameOriginPath(undefined, '/me')).toBe('/me');
    expect(sameOriginPath('', '/me')).toBe('/me');
    expect(sameOriginPath('w/abc')).toBe('/');
    expect(sameOriginPath(`/${'a'.repeat(3000)}`)).toBe('/');
  });

  it('keeps a percent-encoded backslash encoded, which browsers do not turn into a slash', () => {
    expect(sameOriginPath('/%5Cevil.example/x')).toBe('/%5Cevil.example/x');
  });
});
