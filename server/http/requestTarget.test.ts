import { describe, expect, it } from 'vitest';
import { requestTargetProblem } from './requestTarget';

describe('a request target', () => {
  it('passes when it decodes to well-formed text, Indonesian or otherwise', () => {
    expect(requestTargetProblem('/w/abc/people?tab=groups')).toBeNull();
    expect(requestTargetProblem('/join?code=ABC123&name=Ibu+Sari')).toBeNull();
    expect(requestTargetProblem(`/api/lang?back=${encodeURIComponent('/w/ä?x=ü 🙂')}`)).toBeNull();
    expect(requestTargetProblem('/x?a=100%')).toBeNull();
  });

  it('is refused with a NUL anywhere, encoded or not', () => {
    expect(requestTargetProblem('/w/%00/people')).toMatch(/NUL/);
    expect(requestTargetProblem('/join?code=AB%00C')).toMatch(/NUL/);
    expect(requestTargetProblem('/join\u0000')).toMatch(/ASCII/);
  });

  it('is refused when its escapes are not UTF-8', () => {
    expect(requestTargetProblem('/w/%FF/people')).toMatch(/UTF-8/);
    expect(requestTargetProblem('/join?code=%C3%28')).toMatch(/UTF-8/);
    expect(requestTargetProblem('/x?a=%ED%A0%80')).toMatch(/UTF-8/); // an encoded lone surrogate
  });

  it('is refused when it carries raw non-ASCII bytes or spaces', () => {
    expect(requestTargetProblem('/w/ä')).toMatch(/ASCII/);
    expect(requestTargetProblem('/a b')).toMatch(/ASCII/);
  });
});
