import { describe, expect, it } from 'vitest';
import { utcOffsetLabel } from './time-zone';

describe('utcOffsetLabel', () => {
  it('shows the offset of the zone at the moment asked', () => {
    expect(utcOffsetLabel('Asia/Shanghai', new Date('2026-01-15T12:00:00Z'))).toBe('UTC+8');
    expect(utcOffsetLabel('Asia/Kolkata', new Date('2026-01-15T12:00:00Z'))).toBe('UTC+5:30');
    expect(utcOffsetLabel('Europe/London', new Date('2026-01-15T12:00:00Z'))).toBe('UTC');
  });

  it('follows summer time', () => {
    expect(utcOffsetLabel('Europe/Sofia', new Date('2026-01-15T12:00:00Z'))).toBe('UTC+2');
    expect(utcOffsetLabel('Europe/Sofia', new Date('2026-07-15T12:00:00Z'))).toBe('UTC+3');
  });

  it('writes west of Greenwich with a true minus sign', () => {
    expect(utcOffsetLabel('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe('UTC−5');
  });
});
