/**
 * zod as the modules shared with the browser use it: without its just-in-time compiled parsers.
 * zod builds those with `new Function`, which the Content-Security-Policy forbids (no eval); its
 * probe for eval would otherwise be reported as a policy violation on every board.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
