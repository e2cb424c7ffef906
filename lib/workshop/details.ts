import type { ZoneCode } from './timeZones';

/** The practical facts of a workshop: where, when, and in which of Indonesia's time zones. */
export interface WorkshopDetails {
  title: string;
  pdam: string;
  region: string | null;
  venue: string | null;
  /** Calendar dates, YYYY-MM-DD. */
  startsOn: string | null;
  endsOn: string | null;
  timeZone: ZoneCode;
}
