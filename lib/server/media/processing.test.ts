import sharp, { type Sharp } from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareImage, UnreadableImage } from './processing';

describe('prepareImage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('works on one image at a time, keeps no decoded images, and a bad file does not hold up the next', async () => {
    const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#0a6' } })
      .png()
      .toBuffer();
    // Every libvips pipeline runs through toBuffer: count those in flight. (libvips' own counters
    // lag behind the promises under load, so sampling them saw two at once that never overlapped.)
    let running = 0;
    let most = 0;
    const toBuffer: (this: Sharp, ...args: unknown[]) => Promise<unknown> = sharp.prototype.toBuffer;
    vi.spyOn(sharp.prototype, 'toBuffer').mockImplementation(function (this: Sharp, ...args: unknown[]) {
      most = Math.max(most, ++running);
      return toBuffer.apply(this, args).finally(() => running--);
    });
    const results = await Promise.allSettled([
      prepareImage(photo, 'png'),
      prepareImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), 'png'),
      prepareImage(photo, 'png'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[1]?.status === 'rejected' && results[1].reason).toBeInstanceOf(UnreadableImage);
    expect(most).toBe(1);
    expect(sharp.cache().memory.current).toBe(0);
  });
});
