import { z } from 'zod';

/** Multipart form: the archive file, and the structure-only checkbox (sent only when ticked). */
export const ImportFormSchema = z.object({
  archive: z.instanceof(Blob, { message: 'must be the archive file' }),
  structureOnly: z.enum(['on', 'true', 'false']).optional(),
});

/** JSON body (the archive itself): the option travels in the query, e.g. `?structureOnly=true`. */
export const ImportQuerySchema = z.object({ structureOnly: z.enum(['true', 'false', '1', '0']).optional() });
