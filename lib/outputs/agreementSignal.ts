/**
 * How a worksheet's devices learn, live, that the plenary agreed it: the server writes the new
 * version's number into the sheet's own document (root map `agreements`, output id → { version,
 * agreedAt }) right after storing the agreement, and every device on the sheet fetches the new
 * version at once. Only the server writes this map; the worksheet policy refuses peers' writes.
 */
export const AGREEMENTS_MAP = 'agreements';

export interface AgreementSignal {
  version: number;
  /** ISO 8601. */
  agreedAt: string;
}

/** A signal as stored, or null for anything else. */
export function readAgreementSignal(value: unknown): AgreementSignal | null {
  if (value === null || typeof value !== 'object') return null;
  const { version, agreedAt } = value as Record<string, unknown>;
  return typeof version === 'number' && Number.isInteger(version) && version > 0 && typeof agreedAt === 'string' ? { version, agreedAt } : null;
}
