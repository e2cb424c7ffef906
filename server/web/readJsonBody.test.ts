import { describe, expect, it } from 'vitest';
import { readJsonBody } from './readJsonBody';

function post(body: BodyInit): Request {
  return new Request('http://plano.test/api/join', { method: 'POST', body });
}

describe('a JSON request body', () => {
  it('is read when it is well-formed UTF-8 JSON', async () => {
    expect(await readJsonBody(post(JSON.stringify({ name: 'Ibu Sári 🙂', code: 'ABC123' })), 1000)).toEqual({ ok: true, value: { name: 'Ibu Sári 🙂', code: 'ABC123' } });
  });

  it('is refused with 400 when a string holds a NUL, wherever it sits', async () => {
    for (const body of ['{"name":"a\\u0000b"}', '{"list":["ok","\\u0000"]}', '{"a\\u0000":1}']) {
      expect(await readJsonBody(post(body), 1000)).toEqual({ ok: false, status: 400, error: 'text must not contain NUL' });
    }
  });

  it('is refused with 400 when its bytes are not UTF-8 or a string holds a lone surrogate', async () => {
    const broken = new Uint8Array([...new TextEncoder().encode('{"name":"'), 0xff, 0xfe, ...new TextEncoder().encode('"}')]);
    expect(await readJsonBody(post(broken), 1000)).toEqual({ ok: false, status: 400, error: 'body must be UTF-8' });
    expect(await readJsonBody(post('{"name":"\\ud800"}'), 1000)).toEqual({ ok: false, status: 400, error: 'text must be well-formed Unicode' });
  });

  it('is refused with 400 when it is not JSON, and with 413 once it passes the limit', async () => {
    expect(await readJsonBody(post('name=x'), 1000)).toEqual({ ok: false, status: 400, error: 'body must be JSON' });
    expect(await readJsonBody(post(JSON.stringify({ name: 'x'.repeat(2000) })), 1000)).toEqual({ ok: false, status: 413, error: 'body is larger than 1000 bytes' });
  });
});
