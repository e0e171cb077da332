/**
 * Where an upload lives: named by the SHA-256 of its stored bytes, never by the uploaded file
 * name, so a key can be checked against a strict pattern before it comes near the file system.
 * `ab/ab12…ef.jpg`: the two-character folder keeps directories small.
 */
export type MediaExtension = 'jpg' | 'png' | 'webp' | 'pdf';

const KEY_PATTERN = /^([0-9a-f]{2})\/([0-9a-f]{64})\.(jpg|png|webp|pdf)$/;

export const storageKeyFor = (sha256: string, extension: MediaExtension) => {
  const key = `${sha256.slice(0, 2)}/${sha256}.${extension}`;
  if (!parseStorageKey(key)) throw new Error(`Not a SHA-256 hex digest: ${sha256}`);
  return key;
};

/** The parts of a well-formed key, or null for anything else (traversal, absolute paths, other names). */
export function parseStorageKey(key: string): { sha256: string; extension: MediaExtension } | null {
  const match = KEY_PATTERN.exec(key);
  if (!match || match[1] !== match[2]!.slice(0, 2)) return null;
  return { sha256: match[2]!, extension: match[3] as MediaExtension };
}

/** The file name of an image's resized WebP copy, beside the original. */
export const variantKeyFor = (storageKey: string, width: number) => storageKey.replace(/\.[a-z]+$/, `.w${width}.webp`);
