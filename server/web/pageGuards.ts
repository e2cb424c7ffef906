import 'server-only';
import { notFound, redirect } from 'next/navigation';
import type { Principal } from '@/lib/auth/capabilities';
import type { Lang } from '@/lib/i18n/translate';
import { memberActor } from './routeHelpers';
import { getLang, getSessionUser } from './session';

/**
 * For a workshop page: the signed-in member acting there and the page language. Not signed in:
 * off to the sign-in page and back here afterwards. Signed in but not a member: not found (the
 * page does not say whether the workshop exists).
 */
export async function requireWorkshopMember(workshopId: string, pagePath: string): Promise<{ lang: Lang; actor: Principal }> {
  const [lang, user, actor] = await Promise.all([getLang(), getSessionUser(), memberActor(workshopId)]);
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(pagePath)}`);
  if (!actor) notFound();
  return { lang, actor };
}
