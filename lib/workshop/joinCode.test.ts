import { describe, expect, it } from 'vitest';
import { normaliseJoinCode } from './joinCode';

describe('typing a join code', () => {
  it('accepts lower case, spaces and dashes the way people type from a projector', () => {
    expect(normaliseJoinCode(' rfp 7dn ')).toBe('RFP7DN');
    expect(normaliseJoinCode('RFP-7DN')).toBe('RFP7DN');
  });
});
