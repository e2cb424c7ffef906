import { z } from 'zod';
import { DOC_NAME_PATTERN } from '@/lib/docName';

const outputId = z.string().regex(/^\d+\.\d+\/[a-z0-9-]+$/);

/** Kesepakatan: agree what this worksheet shows as the next version of the output. */
export const AgreeOutputSchema = z.object({
  outputId,
  docName: z.string().regex(DOC_NAME_PATTERN),
  present: z.array(z.string().trim().min(1).max(200)).max(200).optional(),
  note: z.string().trim().max(2000).optional(),
});

/** `?outputId=4.7/priorities` narrows the list to one output. */
export const ListOutputsQuery = z.object({ outputId: outputId.optional() });
