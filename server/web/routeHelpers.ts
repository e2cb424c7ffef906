import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import type { Principal } from '@/lib/auth/capabilities';
import { memberPrincipal, refusalStatus } from '../auth/principals';
import { getRuntime } from '../runtime';
import { requestCookies } from './boardAccess';
import { readJsonBody } from './readJsonBody';
import { ForbiddenError } from './workshopAdmin';

/**
 * Reads and validates a JSON body; a bad body (not UTF-8, not JSON, NUL in a string, not the
 * schema) is a 400 that names the problem.
 */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: NextResponse }> {
  const body = await readJsonBody(request, getRuntime().config.limits.maxJsonBodyBytes);
  if (!body.ok) return { ok: false, response: NextResponse.json({ error: body.error }, { status: body.status }) };
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) return { ok: false, response: NextResponse.json({ error: 'invalid request', issues: parsed.error.issues }, { status: 400 }) };
  return { ok: true, data: parsed.data };
}

/** The signed-in member acting in this workshop, or null (then answer with `notAMember()`). */
export async function memberActor(workshopId: string): Promise<Principal | null> {
  return memberPrincipal(getRuntime(), await requestCookies(), workshopId);
}

/** The answer to a request that may not act as a member: 403 for someone known, else 401. */
export async function notAMember(): Promise<NextResponse> {
  const status = await refusalStatus(getRuntime(), await requestCookies());
  return NextResponse.json({ error: status === 403 ? 'forbidden' : 'unauthenticated' }, { status });
}

/** Runs a facilitator action, mapping "not allowed" to 403 and "no such thing" (null/false) to 404. */
export async function asFacilitator<T>(workshopId: string, action: (actor: Principal) => Promise<T | null | false>): Promise<NextResponse> {
  const actor = await memberActor(workshopId);
  if (!actor) return notAMember();
  try {
    const result = await action(actor);
    if (result === null || result === false) return NextResponse.json({ error: 'not found' }, { status: 404 });
    return NextResponse.json(result === true ? { ok: true } : result);
  } catch (error) {
    if (error instanceof ForbiddenError) return NextResponse.json({ error: 'forbidden' }, { status: 403 });
    if (error instanceof Error && error.message.startsWith('Invalid ')) return NextResponse.json({ error: error.message }, { status: 400 });
    throw error;
  }
}

/** An exported file as a download; never cached, since it holds the workshop's data. */
export function fileDownload(file: { body: Buffer; contentType: string; filename: string }): NextResponse {
  return new NextResponse(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
