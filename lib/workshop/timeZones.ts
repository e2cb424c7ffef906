/**
 * Indonesia's three time zones, chosen per workshop, and dates written the way Indonesian
 * documents write them ("Senin, 30 November 2026", "09.00 WIB").
 */
import type { Lang } from '../i18n/translate';

export const TIME_ZONES = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' } as const;
export type ZoneCode = keyof typeof TIME_ZONES;
export const ZONE_CODES = Object.keys(TIME_ZONES) as ZoneCode[];

export function isZoneCode(value: string): value is ZoneCode {
  return value in TIME_ZONES;
}

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** A calendar date (YYYY-MM-DD, no time of day) in words, e.g. "Senin, 30 November 2026". */
export function formatDate(isoDate: string, lang: Lang): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const noonUtc = new Date(Date.UTC(year, month - 1, day, 12));
  return new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noonUtc);
}

/** An instant in the workshop's zone, e.g. "Senin, 30 November 2026 09.00 WIB". */
export function formatDateTime(instant: Date, zone: ZoneCode, lang: Lang): string {
  const date = new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONES[zone] }).format(instant);
  const time = new Intl.DateTimeFormat(LOCALE[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONES[zone] }).format(instant);
  return `${date} ${time} ${zone}`;
}

/** The instant of a wall-clock date and time ("2026-11-30", "09:00") in the workshop's zone. */
export function zonedInstant(isoDate: string, time: string, zone: ZoneCode): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  // Indonesia has no daylight saving: each zone is a fixed offset from UTC.
  const offsetHours = { WIB: 7, WITA: 8, WIT: 9 }[zone];
  return new Date(Date.UTC(year, month - 1, day, hour - offsetHours, minute));
}

/** The wall-clock date and time of an instant in the zone, as form fields want them. */
export function wallClock(instant: Date, zone: ZoneCode): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONES[zone] }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}
