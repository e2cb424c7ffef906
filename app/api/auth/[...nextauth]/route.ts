import { Auth } from '@auth/core';
import { getRuntime } from '@/server/runtime';
import { withPublicUrl } from '@/server/web/publicUrl';

/** Auth.js endpoints (/api/auth/csrf, /callback/credentials, /session, /signout). */
async function handle(request: Request): Promise<Response> {
  return Auth(withPublicUrl(request), getRuntime().authConfig);
}

export { handle as GET, handle as POST };
