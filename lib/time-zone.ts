/**
 * "UTC+8", "UTC+5:30", "UTC" for an IANA zone at a given moment (offsets change with summer time
 * and with law, so they are computed, never stored).
 */
export function utcOffsetLabel(timeZone: string, at: Date = new Date()): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace(/^GMT/, '').replace(/^[+-]0$/, '');
  return offset ? `UTC${offset.replace('-', '−')}` : 'UTC';
}
