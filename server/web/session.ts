import 'server-only';
import { cookies, headers } from 'next/headers';
import { parseLang, type Lang } from '@/lib/i18n/translate';
import { readSession, type SessionIdentity } from '../auth/readSession';
import { getRuntime } from '../runtime';

export const LANG_COOKIE = 'plano-lang';

/** The signed-in facilitator of this request, or null. */
export async function getSessionUser(): Promise<SessionIdentity | null> {
  const jar = await cookies();
  const map = new Map(jar.getAll().map((cookie) => [cookie.name, cookie.value] as const));
  return readSession(map, getRuntime().authSecret);
}

export async function getLang(): Promise<Lang> {
  const jar = await cookies();
  return parseLang(jar.get(LANG_COOKIE)?.value);
}

/** The origin the browser used for this page (for links and QR codes shown on screen). */
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get('x-forwarded-host')?.split(',')[0].trim() || list.get('host') || 'localhost';
  const proto = list.get('x-forwarded-proto')?.split(',')[0].trim() || 'http';
  return `${proto}://${host}`;
}
