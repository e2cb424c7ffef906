import { describe, expect, it } from 'vitest';
import { createSignInGuard } from './signInGuard';

const limits = { freeFailures: 3, windowMs: 60 * 60_000, firstDelayMs: 1000, maxDelayMs: 300_000 };
const guard = () => createSignInGuard({ account: limits, address: limits, device: limits });

describe('sign-in guard', () => {
  it('slows down guessing one account from any address, but not the owner’s trusted laptop', () => {
    const signIns = guard();
    for (let i = 0; i < 6; i++) signIns.recordWrong({ address: `198.51.100.${i}`, email: 'Fasilitator@PDAM.example', deviceId: null });
    expect(signIns.waitFor({ address: '192.0.2.1', email: 'fasilitator@pdam.example', deviceId: null })).toBeGreaterThan(0);
    expect(signIns.waitFor({ address: '198.51.100.1', email: 'fasilitator@pdam.example', deviceId: 'laptop-of-the-owner' })).toBeNull();
    expect(signIns.wrongPasswordsFor(' fasilitator@pdam.example')).toBe(6);
  });

  it('slows down one address trying many accounts, not another address', () => {
    const signIns = guard();
    for (let i = 0; i < 5; i++) signIns.recordWrong({ address: '203.0.113.9', email: `orang${i}@pdam.example`, deviceId: null });
    expect(signIns.waitFor({ address: '203.0.113.9', email: 'lain@pdam.example', deviceId: null })).toBeGreaterThan(0);
    expect(signIns.waitFor({ address: '203.0.113.10', email: 'lain@pdam.example', deviceId: null })).toBeNull();
  });

  it('limits a trusted device on its own, without counting against its account', () => {
    const signIns = guard();
    for (let i = 0; i < 5; i++) signIns.recordWrong({ address: '192.0.2.1', email: 'ayu@pdam.example', deviceId: 'tablet' });
    expect(signIns.waitFor({ address: '192.0.2.1', email: 'ayu@pdam.example', deviceId: 'tablet' })).toBeGreaterThan(0);
    expect(signIns.waitFor({ address: '192.0.2.1', email: 'ayu@pdam.example', deviceId: null })).toBeNull();
    expect(signIns.wrongPasswordsFor('ayu@pdam.example')).toBe(0);
  });
});
