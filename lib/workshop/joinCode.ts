/** Codes are shown in capitals; people type them in any case, with spaces or dashes. */
export function normaliseJoinCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
}
