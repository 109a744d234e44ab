import { z } from 'astro/zod';

/**
 * A date as precise as the sources allow: `1947`, `1999-03` or `1999-03-24`.
 * YAML parsers turn unquoted `2001-06-15` into a Date, so one is accepted and written back as ISO.
 */
export const partialDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

export type PartialDate = z.infer<typeof partialDateSchema>;
