import { Auth } from '@auth/core';
import { getRuntime } from '@/server/runtime';
import { withPublicUrl } from '@/server/web/publicUrl';
import { credentialsAttempt, refuseWaitingSignIn, rememberDevice } from '@/server/web/signInLimit';

/** Auth.js endpoints (/api/auth/csrf, /callback/credentials, /session, /signout). */
async function handle(request: Request): Promise<Response> {
  const attempt = await credentialsAttempt(request);
  if (!attempt) return Auth(withPublicUrl(request), getRuntime().authConfig);
  const waiting = refuseWaitingSignIn(request, attempt);
  if (waiting) return waiting;
  return rememberDevice(request, attempt, await Auth(withPublicUrl(request), getRuntime().authConfig));
}

export { handle as GET, handle as POST };
