import { Auth } from '@auth/core';
import { getRuntime } from '@/server/runtime';
import { withPublicUrl } from '@/server/web/publicUrl';
import { refuseWaitingSignIn } from '@/server/web/signInLimit';

/** Auth.js endpoints (/api/auth/csrf, /callback/credentials, /session, /signout). */
async function handle(request: Request): Promise<Response> {
  return refuseWaitingSignIn(request) ?? Auth(withPublicUrl(request), getRuntime().authConfig);
}

export { handle as GET, handle as POST };
