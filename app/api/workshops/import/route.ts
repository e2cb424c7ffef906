import { NextResponse } from 'next/server';
import { DEFAULT_ARCHIVE_LIMITS } from '@/server/archive/archiveSchema';
import { MULTIPART_OVERHEAD_BYTES } from '@/server/http/bodyLimit';
import { importArchive } from '@/server/archive/importArchive';
import { getRuntime } from '@/server/runtime';
import { getSessionUser } from '@/server/web/session';
import { ImportFormSchema, ImportQuerySchema } from './schema';


/**
 * POST: a signed-in facilitator imports a workshop archive as a new workshop. The body is either
 * multipart (`archive` file, `structureOnly` checkbox) or the archive JSON itself
 * (`?structureOnly=true`). A broken archive is a 400 that says what is wrong; nothing is written.
 */
export async function POST(request: Request) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  const runtime = getRuntime();
  const maxBytes = DEFAULT_ARCHIVE_LIMITS.maxArchiveBytes + MULTIPART_OVERHEAD_BYTES;
  const body = await readCapped(request, maxBytes);
  if (!body) return NextResponse.json({ error: `The archive is larger than ${DEFAULT_ARCHIVE_LIMITS.maxArchiveBytes} bytes.` }, { status: 413 });

  let file: Uint8Array;
  let structureOnly: boolean;
  const contentType = request.headers.get('content-type') ?? '';
  if (contentType.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    } catch {
      return NextResponse.json({ error: 'body must be a multipart form' }, { status: 400 });
    }
    const parsed = ImportFormSchema.safeParse({ archive: form.get('archive') ?? undefined, structureOnly: form.get('structureOnly') ?? undefined });
    if (!parsed.success) return NextResponse.json({ error: 'invalid request', issues: parsed.error.issues }, { status: 400 });
    file = new Uint8Array(await parsed.data.archive.arrayBuffer());
    structureOnly = parsed.data.structureOnly === 'on' || parsed.data.structureOnly === 'true';
  } else {
    const query = ImportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return NextResponse.json({ error: 'invalid request', issues: query.error.issues }, { status: 400 });
    file = body;
    structureOnly = query.data.structureOnly === 'true' || query.data.structureOnly === '1';
  }

  const result = await importArchive(runtime.sql, file, user.userId, { structureOnly, limits: { maxDocBytes: runtime.config.limits.maxDocBytes } });
  if (!result.ok) return NextResponse.json({ error: result.error }, { status: 400 });
  runtime.log.info('workshop imported', { workshopId: result.workshop.workshopId, structureOnly, docs: result.workshop.counts.docs });
  const { workshopId, joinCode, title, pdam } = result.workshop;
  return NextResponse.json({ id: workshopId, joinCode, title, pdam }, { status: 201 });
}

/** The request body, or null when it is larger than `maxBytes` (read no further than that). */
async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return null;
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
  return new Uint8Array(Buffer.concat(chunks));
}
