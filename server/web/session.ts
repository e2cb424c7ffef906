import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { parseLang, type Lang } from '@/lib/i18n/translate';
import { readSession, type SessionIdentity } from '../auth/readSession';
import { getRuntime } from '../runtime';
import { originFromHeaders } from './publicUrl';

export const LANG_COOKIE = 'plano-lang';

/** The signed-in facilitator of this request, or null (asked once per request: a page, its layout and guards share it). */
export const getSessionUser = cache(async (): Promise<SessionIdentity | null> => {
  const jar = await cookies();
  const map = new Map(jar.getAll().map((cookie) => [cookie.name, cookie.value] as const));
  return readSession(map, getRuntime());
});

export async function getLang(): Promise<Lang> {
  const jar = await cookies();
  return parseLang(jar.get(LANG_COOKIE)?.value);
}

/** The public origin of this request (for links and QR codes shown on screen). */
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  return originFromHeaders(list) ?? `http://${list.get('host') ?? 'localhost'}`;
}
