import { NextResponse, type NextRequest } from 'next/server';
import { parseLang } from '@/lib/i18n/translate';
import { sameOriginPath } from '@/lib/web/sameOriginPath';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** GET ?set=id|en&back=/path: sets the language cookie and goes back, only ever to a path on this site. */
export function GET(request: NextRequest) {
  const lang = parseLang(request.nextUrl.searchParams.get('set'));
  const target = sameOriginPath(request.nextUrl.searchParams.get('back'));
  const response = new NextResponse(null, { status: 303, headers: { location: target } });
  response.cookies.set('plano-lang', lang, { path: '/', maxAge: ONE_YEAR_SECONDS, sameSite: 'lax' });
  return response;
}
