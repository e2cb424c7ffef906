import { describe, expect, it } from 'vitest';
import { textProblem } from './storableText';

describe('text a database can store', () => {
  it('passes any well-formed text, emoji and all, in any structure', () => {
    expect(textProblem({ name: 'Ibu Sári 🙂', list: ['a', 1, null, true, { nested: 'ok' }] })).toBeNull();
  });

  it('finds a NUL or a lone surrogate anywhere, keys included', () => {
    expect(textProblem({ deep: [[{ name: 'a\u0000b' }]] })).toBe('text must not contain NUL');
    expect(textProblem({ 'k\u0000': 1 })).toBe('text must not contain NUL');
    expect(textProblem(['\ud800'])).toBe('text must be well-formed Unicode');
  });

  it('walks a value nested far deeper than the call stack without failing', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"x\\u0000"${']'.repeat(100_000)}`);
    expect(textProblem(deep)).toBe('text must not contain NUL');
  });
});
