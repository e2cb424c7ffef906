/** The practical facts of a workshop: where, when, and in which of Indonesia's time zones. */
import { z } from 'zod';
import { ZONE_CODES, type ZoneCode } from '@/lib/workshop/timeZones';
import type { WorkshopDetails } from '@/lib/workshop/details';
import type { Sql } from './Sql';
import { parseOrThrow } from './validation';

export type { WorkshopDetails };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const optionalText = (max: number) => z.string().trim().max(max).nullable().transform((v) => (v ? v : null));

export const DetailsSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    pdam: z.string().trim().min(1).max(200),
    region: optionalText(120),
    venue: optionalText(200),
    startsOn: isoDate.nullable(),
    endsOn: isoDate.nullable(),
    timeZone: z.enum(ZONE_CODES as [ZoneCode, ...ZoneCode[]]),
  })
  .refine((d) => !d.startsOn || !d.endsOn || d.startsOn <= d.endsOn, { message: 'the workshop must end on or after its first day', path: ['endsOn'] });

interface Row {
  title: string;
  pdam: string;
  region: string | null;
  venue: string | null;
  starts_on: string | null;
  ends_on: string | null;
  time_zone: string;
}

export async function getWorkshopDetails(sql: Sql, workshopId: string): Promise<WorkshopDetails | null> {
  // Dates as text: a DATE has no time zone, and must not pick one up on the way.
  const rows = await sql.query<Row>(
    `select title, pdam, region, venue, to_char(starts_on, 'YYYY-MM-DD') as starts_on, to_char(ends_on, 'YYYY-MM-DD') as ends_on, time_zone from workshops where id = $1`,
    [workshopId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    title: row.title,
    pdam: row.pdam,
    region: row.region,
    venue: row.venue,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    timeZone: (ZONE_CODES as string[]).includes(row.time_zone) ? (row.time_zone as ZoneCode) : 'WIB',
  };
}

export async function updateWorkshopDetails(sql: Sql, workshopId: string, input: z.input<typeof DetailsSchema>): Promise<WorkshopDetails | null> {
  const d = parseOrThrow(DetailsSchema, input, 'workshop details');
  const rows = await sql.query(
    `update workshops set title = $2, pdam = $3, region = $4, venue = $5, starts_on = $6::date, ends_on = $7::date, time_zone = $8 where id = $1 returning id`,
    [workshopId, d.title, d.pdam, d.region, d.venue, d.startsOn, d.endsOn, d.timeZone],
  );
  return rows.length === 1 ? getWorkshopDetails(sql, workshopId) : null;
}
