/**
 * The server refuses a state-changing request whose body is not declared JSON (server/http/
 * crossSiteCheck.ts). A `fetch` from the UI that forgets the header fails only when someone taps
 * that button, so every such call in the UI's source is checked here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['components', 'app'];
/** Requests that carry another body on purpose (the routes accept it; see crossSiteCheck.ts). */
const OTHER_BODIES = ['/api/auth/', '/api/workshops/import'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(file) && !file.endsWith('.test.ts') ? [file] : [];
  });
}

/** The text of each `fetch(...)` call (up to its matching parenthesis). */
function fetchCalls(source: string): string[] {
  const calls: string[] = [];
  for (let start = source.indexOf('fetch('); start >= 0; start = source.indexOf('fetch(', start + 1)) {
    let depth = 0;
    let end = start + 'fetch'.length;
    for (; end < source.length; end++) {
      if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) break;
    }
    calls.push(source.slice(start, end + 1));
  }
  return calls;
}

describe('the UI’s state-changing requests', () => {
  it('all declare a JSON body, except the sign-in form and the archive upload', () => {
    const missing: string[] = [];
    for (const file of ROOTS.flatMap(sourceFiles)) {
      for (const call of fetchCalls(readFileSync(file, 'utf8'))) {
        const changesState = /method:\s*['"`]?(POST|PUT|PATCH|DELETE)|method(,|\s*})/.test(call);
        if (!changesState || /content-type['"]?\s*:\s*['"]application\/json/i.test(call) || OTHER_BODIES.some((route) => call.includes(route))) continue;
        missing.push(`${file}: ${call.replace(/\s+/g, ' ').slice(0, 120)}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
