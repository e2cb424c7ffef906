/**
 * Reads a request's JSON body strictly: at most `maxBytes` (the custom server already refused a
 * larger declared length), UTF-8 that must be well formed, and no string anywhere holding a NUL or
 * a lone surrogate, which the database cannot store as text. Any of these is the client's fault.
 */
import { textProblem } from '@/lib/web/storableText';

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const bytes = await readCapped(request, maxBytes);
  if (!bytes) return { ok: false, status: 413, error: `body is larger than ${maxBytes} bytes` };
  let text: string;
  try {
    text = fatalUtf8.decode(bytes);
  } catch {
    return { ok: false, status: 400, error: 'body must be UTF-8' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: 'body must be JSON' };
  }
  const problem = textProblem(value);
  return problem ? { ok: false, status: 400, error: problem } : { ok: true, value };
}

/** The body's bytes, or null once it passes `maxBytes` (reading stops there). */
async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
