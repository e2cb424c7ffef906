import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { channelOf, decodeFanoutMessage, docNameOf, encodeFanoutMessage, FanoutKind } from './fanoutMessage';

describe('fan-out messages', () => {
  it('carries a binary update and its sender intact', () => {
    const sender = randomBytes(16);
    const update = new Uint8Array([0, 1, 2, 255, 0, 128]);
    const decoded = decodeFanoutMessage(encodeFanoutMessage(FanoutKind.update, sender, update));
    expect(decoded?.kind).toBe(FanoutKind.update);
    expect(decoded?.sender.equals(sender)).toBe(true);
    expect([...(decoded?.payload ?? [])]).toEqual([...update]);
  });

  it('rejects frames too short to hold a header, or of an unknown kind', () => {
    expect(decodeFanoutMessage(Buffer.from([0, 1, 2]))).toBeNull();
    expect(decodeFanoutMessage(encodeFanoutMessage(FanoutKind.update, randomBytes(16)).fill(9, 0, 1))).toBeNull();
  });

  it('names one channel per document and reads the name back', () => {
    expect(docNameOf(channelOf('abc_DEF-123'))).toBe('abc_DEF-123');
    expect(docNameOf('other:channel')).toBeNull();
  });
});
