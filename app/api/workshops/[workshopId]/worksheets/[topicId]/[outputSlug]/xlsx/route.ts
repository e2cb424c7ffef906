import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getRuntime } from '@/server/runtime';
import { exportWorksheetXlsx } from '@/server/export/exportWorksheet';
import { fileDownload } from '@/server/web/routeHelpers';
import { getLang } from '@/server/web/session';
import { worksheetViewer } from '@/server/web/worksheets';
import { ForbiddenError } from '@/server/web/workshopAdmin';

const Params = z.object({ workshopId: z.string().min(1).max(100), topicId: z.string().min(1).max(20), outputSlug: z.string().min(1).max(100) });
const LangQuery = z.enum(['id', 'en']).optional();

/**
 * GET ?lang=id|en: the worksheet as it stands now, as an XLSX download, for whoever may view the
 * worksheet page (a member, or a participant who joined this workshop here). 409 with the reason,
 * as plain text in the user's language, while an MCUA or ranking sheet cannot be ranked yet:
 * the link opens in the browser, so the reason is what the user reads.
 */
export async function GET(request: Request, { params }: { params: Promise<{ workshopId: string; topicId: string; outputSlug: string }> }) {
  const parsed = Params.safeParse(await params);
  const lang = LangQuery.safeParse(new URL(request.url).searchParams.get('lang') ?? undefined);
  if (!parsed.success || !lang.success) return NextResponse.json({ error: 'invalid request' }, { status: 400 });
  const { workshopId, topicId, outputSlug } = parsed.data;
  // Checked before anything is read, so no sheet data reaches someone outside the workshop.
  const viewer = await worksheetViewer(workshopId);
  if (!viewer) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  try {
    const result = await exportWorksheetXlsx(getRuntime(), viewer.actor, { workshopId, topicId, slug: outputSlug, lang: lang.data ?? (await getLang()) });
    if (result.kind === 'not-found') return NextResponse.json({ error: 'not found' }, { status: 404 });
    if (result.kind === 'not-ready') return new NextResponse(result.message, { status: 409, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
    return fileDownload(result.file);
  } catch (error) {
    if (error instanceof ForbiddenError) return NextResponse.json({ error: 'forbidden' }, { status: 403 });
    throw error;
  }
}
