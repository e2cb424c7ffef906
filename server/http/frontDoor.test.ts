import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startTestServer, type TestServer } from '../testing/testServer';

/** A raw HTTP exchange: what a client sends byte for byte, and the status line that comes back. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer.split('\r\n')[0]));
    socket.on('error', reject);
  });
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Sends headers and only the first `sendBytes` of a body that declares itself larger; resolves on the answer. */
function postPartly(port: number, path: string, headers: Record<string, string>, sendBytes: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.write(Buffer.alloc(sendBytes, 'a'));
    // The rest of the body is never sent: an answer can only come from the declared length.
  });
}

describe('the front door every request passes', () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer({ limits: { maxJsonBodyBytes: 64 * 1024 } });
    base = server.server.url;
  });
  afterAll(() => server.close());

  const sameSite = () => ({ origin: base, 'content-type': 'application/json' });

  it('refuses a body larger than its route takes with 413, before the body has been sent', async () => {
    const answer = await postPartly(server.server.port, '/api/join', { ...sameSite(), 'content-length': String(100 * 1024 * 1024) }, 64 * 1024);
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('larger than 65536 bytes');
  });

  it('refuses an archive upload over the documented archive size with 413, and takes the size below it to the route', async () => {
    const tooLarge = await postPartly(server.server.port, '/api/workshops/import', { origin: base, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(101 * 1024 * 1024) }, 1024);
    expect(tooLarge.status).toBe(413);
    // Within the size, the request goes on to the web app (none in this test server: 404).
    const within = await fetch(`${base}/api/workshops/import`, { method: 'POST', headers: { origin: base, 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' });
    expect(within.status).toBe(404);
  });

  it('refuses a body without a declared length with 411', async () => {
    const answer = await new Promise<number>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port: server.server.port, path: '/api/join', method: 'POST', headers: { ...sameSite(), 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.write('{"code":');
    });
    expect(answer).toBe(411);
  });

  it('refuses a state-changing request from another site with 403, and one whose body is not JSON', async () => {
    const crossSite = await fetch(`${base}/api/workshops/w/groups`, { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'application/json' }, body: '{"name":"x"}' });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toContain('cross-site request refused');
    const noOrigin = await fetch(`${base}/api/workshops/w/groups`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"x"}' });
    expect(noOrigin.status).toBe(403);
    const plainText = await fetch(`${base}/api/workshops/w/groups`, { method: 'POST', headers: { origin: base, 'content-type': 'text/plain' }, body: '{"name":"x"}' });
    expect(plainText.status).toBe(403);
    expect(await plainText.text()).toContain('must be JSON');
    // The same request from this site goes on (to the web app, absent here: 404).
    expect((await fetch(`${base}/api/workshops/w/groups`, { method: 'POST', headers: sameSite(), body: '{"name":"x"}' })).status).toBe(404);
  });

  it('refuses a NUL or bytes that are not UTF-8 in the path or query with 400', async () => {
    for (const target of ['/w/%00/people', '/join?code=AB%00', '/w/%FF', '/api/lang?back=%C3%28']) {
      const response = await fetch(`${base}${target}`);
      expect(response.status, target).toBe(400);
    }
    expect(await rawExchange(server.server.port, 'GET /join\u0000x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
  });

  it('refuses a missing or malformed Host with 400', async () => {
    expect(await rawExchange(server.server.port, 'GET /signin HTTP/1.1\r\nHost: evil.example/x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1.1 400/);
    expect(await rawExchange(server.server.port, 'GET /signin HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1.1 400/);
  });

  it('sends the security headers with every answer, refusals included', async () => {
    for (const response of [await fetch(`${base}/signin`), await fetch(`${base}/w/%00`)]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/);
      expect(csp).toContain(`connect-src 'self' ${base.replace('http', 'ws')}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('refuses a board websocket opened by a page of another site, with the visitor’s cookies', async () => {
    const docName = server.workshop.docs[0].name;
    const token = await server.tokenFor(docName, 'facilitator');
    const status = (origin?: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${server.wsBase}/${docName}?token=${token}`, origin ? { origin } : {});
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      });
    expect(await status('http://evil.example')).toBe(403);
    expect(await status(base)).toBe(101);
    expect(await status()).toBe(101);
  });
});
