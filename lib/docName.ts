/**
 * Document names are opaque, url-safe ids. Anything else is refused before it reaches storage,
 * so a name can never smuggle a path, a query or an oversized key.
 */
export const DOC_NAME_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export function isValidDocName(name: string): boolean {
  return DOC_NAME_PATTERN.test(name);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A random 21-character id (126 bits) from the given random source. */
export function newOpaqueId(randomBytes: (size: number) => Uint8Array, length = 21): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i] & 63];
  return out;
}
