import { describe, expect, it } from 'vitest';
import { publicOriginOf } from './publicOrigin';

const direct = { trustProxy: false };
const behindProxy = { trustProxy: true };

describe('the public origin links and redirects are built from', () => {
  it('is the Host the browser used, on any address, not only localhost', () => {
    expect(publicOriginOf({ host: '127.0.0.1:3000' }, direct)).toBe('http://127.0.0.1:3000');
    expect(publicOriginOf({ host: '192.168.1.20:3000' }, direct)).toBe('http://192.168.1.20:3000');
    expect(publicOriginOf({ host: 'Plano-Laptop.local:3000' }, direct)).toBe('http://plano-laptop.local:3000');
    expect(publicOriginOf({ host: '[fe80::1]:3000' }, direct)).toBe('http://[fe80::1]:3000');
  });

  it('ignores X-Forwarded-Host and -Proto unless a proxy is trusted', () => {
    const headers = { host: '192.168.1.20:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    expect(publicOriginOf(headers, direct)).toBe('http://192.168.1.20:3000');
    expect(publicOriginOf(headers, behindProxy)).toBe('https://evil.example');
  });

  it('behind a trusted proxy takes the entries that proxy wrote (the last ones)', () => {
    expect(publicOriginOf({ host: '10.0.0.11:3000', 'x-forwarded-host': 'fake.example, plano.example.org', 'x-forwarded-proto': 'http, https' }, behindProxy)).toBe('https://plano.example.org');
    expect(publicOriginOf({ host: 'plano.example.org' }, behindProxy)).toBe('http://plano.example.org');
  });

  it('is PUBLIC_URL when that is set, whatever the request says', () => {
    expect(publicOriginOf({ host: '10.0.0.11:3000', 'x-forwarded-host': 'evil.example' }, { publicUrl: 'https://plano.example.org', trustProxy: true })).toBe('https://plano.example.org');
  });

  it('is unknown for a missing or malformed Host', () => {
    expect(publicOriginOf({}, direct)).toBeNull();
    expect(publicOriginOf({ host: 'evil.example/x' }, direct)).toBeNull();
    expect(publicOriginOf({ host: 'a b' }, direct)).toBeNull();
    expect(publicOriginOf({ host: 'user@host' }, direct)).toBeNull();
  });
});
