import { describe, expect, it } from 'vitest';
import { applyVisionForm, DEFAULT_VISION_SETTINGS, fieldsOnce, parseVisionCookie, visionCookieHeader, visionFormSchema } from './settings';

const LARGEST_DARK = { size: 'largest', scheme: 'white-on-black', images: 'hidden', spacing: 'wide' } as const;

describe('the low-vision cookie', () => {
  it('reads back what it wrote', () => {
    const header = visionCookieHeader(LARGEST_DARK, false);
    const value = /^vision=([^;]*);/.exec(header)?.[1];
    expect(parseVisionCookie(value)).toEqual(LARGEST_DARK);
    expect(header).toContain('Max-Age=31536000; Path=/; SameSite=Lax; HttpOnly');
    expect(header).not.toContain('Secure');
    expect(visionCookieHeader(LARGEST_DARK, true)).toMatch(/; Secure$/);
  });

  it('ends the mode with an expired, empty cookie', () => {
    expect(visionCookieHeader(null, true)).toBe('vision=; Max-Age=0; Path=/; SameSite=Lax; HttpOnly; Secure');
  });

  it('takes a missing, partial, unknown, repeated or oversized value for the normal version, never an error', () => {
    for (const value of [
      undefined,
      '',
      'on',
      'size=large',
      'size=huge&scheme=black-on-white&images=shown&spacing=normal',
      'size=large&scheme=black-on-white&images=shown&spacing=normal&extra=1',
      'size=large&size=largest&scheme=black-on-white&images=shown&spacing=normal',
      'size=large&scheme=black-on-white&images=shown&spacing=normal&'.padEnd(400, 'x'),
      '%E0%A4%A',
      '__proto__=1&constructor=2',
    ]) {
      expect(parseVisionCookie(value), String(value)).toBeNull();
    }
  });
});

describe('a submission of the bar or the settings page', () => {
  it('changes one setting and keeps the others', () => {
    const form = visionFormSchema.parse(fieldsOnce('locale=kk&size=normal'));
    expect(applyVisionForm(LARGEST_DARK, form)).toEqual({ ...LARGEST_DARK, size: 'normal' });
  });

  it('switches the mode on with the defaults for what it does not name, and off', () => {
    expect(applyVisionForm(null, visionFormSchema.parse(fieldsOnce('locale=ru&mode=on')))).toEqual(DEFAULT_VISION_SETTINGS);
    expect(applyVisionForm(null, visionFormSchema.parse(fieldsOnce('locale=ru&scheme=brown-on-beige')))).toEqual({
      ...DEFAULT_VISION_SETTINGS,
      scheme: 'brown-on-beige',
    });
    expect(applyVisionForm(LARGEST_DARK, visionFormSchema.parse(fieldsOnce('locale=en&mode=off')))).toBeNull();
  });

  it('refuses an unknown locale, setting or value, and a field given twice', () => {
    for (const encoded of [
      'size=large',
      'locale=de&size=large',
      'locale=ru&size=huge',
      'locale=ru&colour=red',
      'locale=ru&mode=maybe',
      'locale=ru&size=large&size=normal',
    ]) {
      expect(visionFormSchema.safeParse(fieldsOnce(encoded)).success, encoded).toBe(false);
    }
  });
});
