import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getRuntime } from '@/server/runtime';
import { EXPORT_FORMATS, exportWorkshop } from '@/server/export/exportWorkshop';
import { fileDownload, memberActor, notAMember } from '@/server/web/routeHelpers';

const ExportQuery = z.object({ format: z.enum(EXPORT_FORMATS), lang: z.enum(['id', 'en']).default('id') });

/** GET ?format=docx|pdf|xlsx|json&lang=id|en: the draft STPP, the agreed worksheets or the workshop's data, as a download (members only). */
export async function GET(request: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const search = new URL(request.url).searchParams;
  const query = ExportQuery.safeParse({ format: search.get('format') ?? undefined, lang: search.get('lang') ?? undefined });
  if (!query.success) return NextResponse.json({ error: 'invalid request', issues: query.error.issues }, { status: 400 });
  // Checked before anything is read, so no document data reaches someone outside the workshop.
  const actor = await memberActor(workshopId);
  if (!actor) return notAMember();
  const file = await exportWorkshop(getRuntime().sql, workshopId, query.data.format, query.data.lang);
  if (!file) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return fileDownload(file);
}
