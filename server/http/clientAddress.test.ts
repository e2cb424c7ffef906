import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressOf } from './clientAddress';

function request(remoteAddress: string | undefined, forwardedFor?: string): Pick<IncomingMessage, 'headers' | 'socket'> {
  return { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}, socket: { remoteAddress } as IncomingMessage['socket'] };
}

describe('client address', () => {
  it('is the socket peer, whatever X-Forwarded-For claims, unless a proxy is trusted', () => {
    expect(clientAddressOf(request('192.168.1.20', '1.2.3.4'), false)).toBe('192.168.1.20');
    expect(clientAddressOf(request('::ffff:192.168.1.20'), false)).toBe('192.168.1.20');
  });

  it('behind a trusted proxy is the last X-Forwarded-For entry (earlier ones are the client\'s own claims)', () => {
    expect(clientAddressOf(request('127.0.0.1', '6.6.6.6, 203.0.113.9'), true)).toBe('203.0.113.9');
    expect(clientAddressOf(request('127.0.0.1', '203.0.113.9'), true)).toBe('203.0.113.9');
    expect(clientAddressOf(request('127.0.0.1'), true)).toBe('127.0.0.1');
  });

  it('counts an IPv6 address by its /64 network, however it is written', () => {
    expect(clientAddressOf(request('2001:db8:85a3:1:aaaa:bbbb:cccc:dddd'), false)).toBe('2001:db8:85a3:1::/64');
    expect(clientAddressOf(request('2001:db8:85a3:1::7'), false)).toBe('2001:db8:85a3:1::/64');
    expect(clientAddressOf(request('2001:0db8::1'), false)).toBe('2001:db8:0:0::/64');
    expect(clientAddressOf(request('::1'), false)).toBe('0:0:0:0::/64');
  });

  it('is "unknown" when the socket has no address', () => {
    expect(clientAddressOf(request(undefined), false)).toBe('unknown');
  });
});
