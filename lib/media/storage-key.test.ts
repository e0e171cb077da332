import { describe, expect, it } from 'vitest';
import { parseStorageKey, storageKeyFor, variantKeyFor } from './storage-key';

const sha = 'ab'.padEnd(64, '0');

describe('storage keys', () => {
  it('are named by the content hash, in a folder of its first two characters', () => {
    expect(storageKeyFor(sha, 'jpg')).toBe(`ab/${sha}.jpg`);
    expect(parseStorageKey(`ab/${sha}.pdf`)).toEqual({ sha256: sha, extension: 'pdf' });
    expect(variantKeyFor(`ab/${sha}.png`, 960)).toBe(`ab/${sha}.w960.webp`);
  });

  it('refuse anything that is not exactly such a key', () => {
    for (const key of [
      `../${sha}.jpg`,
      `ab/../../${sha}.jpg`,
      `/etc/passwd`,
      `/ab/${sha}.jpg`,
      `cd/${sha}.jpg`, // folder does not match the hash
      `ab/${sha}.svg`,
      `ab/${sha}.jpg/..`,
      `AB/${sha.toUpperCase()}.jpg`,
      `ab/${sha}.jpg\0.png`,
      `ab\\${sha}.jpg`,
      '',
    ]) {
      expect(parseStorageKey(key), key).toBeNull();
    }
    expect(() => storageKeyFor('../x', 'jpg')).toThrow();
  });
});
