import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressed, compressedNow, preferredCoding } from './content-coding';

describe('preferredCoding', () => {
  it('prefers brotli, then gzip, as a browser offers them', () => {
    expect(preferredCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredCoding('gzip, deflate')).toBe('gzip');
    expect(preferredCoding('GZIP')).toBe('gzip');
  });

  it('follows the client’s weights and never sends what it refuses', () => {
    expect(preferredCoding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
    expect(preferredCoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredCoding('br;q=0, gzip;q=0')).toBeNull();
    expect(preferredCoding('*;q=0.1, br;q=0')).toBe('gzip');
  });

  it('chooses among the codings offered', () => {
    expect(preferredCoding('gzip, br', ['gzip'])).toBe('gzip');
    expect(preferredCoding('br', ['gzip'])).toBeNull();
    expect(preferredCoding('gzip, br', [])).toBeNull();
  });

  it('sends the body as it is when the client names no coding it reads, or says nothing useful', () => {
    expect(preferredCoding(undefined)).toBeNull();
    expect(preferredCoding('')).toBeNull();
    expect(preferredCoding('identity, deflate')).toBeNull();
    expect(preferredCoding('br;q=banana, ,;')).toBeNull();
  });
});

describe('compression', () => {
  const body = Buffer.from(JSON.stringify({ data: Array.from({ length: 50 }, (_, i) => ({ title: `Стамбул ${i}` })) }));

  it('gives back the same bytes once decoded, at once or off the event loop', async () => {
    expect(brotliDecompressSync(compressedNow('br', body))).toEqual(body);
    expect(gunzipSync(compressedNow('gzip', body))).toEqual(body);
    expect(brotliDecompressSync(await compressed('br', body))).toEqual(body);
    expect(compressedNow('gzip', body).byteLength).toBeLessThan(body.byteLength / 2);
  });
});
