import { NextResponse, type NextRequest } from 'next/server';
import { parseLang } from '@/lib/i18n/translate';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function GET(request: NextRequest) {
  const lang = parseLang(request.nextUrl.searchParams.get('set'));
  const back = request.nextUrl.searchParams.get('back') ?? '/';
  // Only same-site paths: never an open redirect.
  const target = back.startsWith('/') && !back.startsWith('//') ? back : '/';
  const response = new NextResponse(null, { status: 303, headers: { location: target } });
  response.cookies.set('plano-lang', lang, { path: '/', maxAge: ONE_YEAR_SECONDS, sameSite: 'lax' });
  return response;
}
