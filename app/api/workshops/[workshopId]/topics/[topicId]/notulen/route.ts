import { NextResponse } from 'next/server';
import { z } from 'zod';
import { canInWorkshop } from '@/lib/auth/capabilities';
import { exportNotulen } from '@/server/export/exportNotulen';
import { getRuntime } from '@/server/runtime';
import { fileDownload, memberActor, notAMember } from '@/server/web/routeHelpers';

const NotulenQuery = z.object({ session: z.coerce.number().int().min(1).max(50), lang: z.enum(['id', 'en']).default('id') });

/** GET ?session=N&lang=id|en: the minutes of one session of the topic, as a DOCX download (facilitators). */
export async function GET(request: Request, { params }: { params: Promise<{ workshopId: string; topicId: string }> }) {
  const { workshopId, topicId } = await params;
  const search = new URL(request.url).searchParams;
  const query = NotulenQuery.safeParse({ session: search.get('session') ?? undefined, lang: search.get('lang') ?? undefined });
  if (!query.success) return NextResponse.json({ error: 'invalid request', issues: query.error.issues }, { status: 400 });
  const actor = await memberActor(workshopId);
  if (!actor) return notAMember();
  // Minutes name people and their groups: facilitators only, checked before anything is read.
  if (!canInWorkshop(actor, 'manage', workshopId)) return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  const file = await exportNotulen(getRuntime().sql, workshopId, topicId, query.data.session, query.data.lang);
  if (!file) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return fileDownload(file);
}
