import type { z } from 'zod';

/** Parses `input` with `schema`, or throws an Error naming each bad field for the caller. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`);
  throw new Error(`Invalid ${what}: ${problems.join('; ')}`, { cause: result.error });
}
