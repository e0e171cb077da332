import ICAL from 'ical.js';

/**
 * An iCalendar document parsed with ical.js (the parser Thunderbird uses), after the checks of
 * RFC 5545 that ical.js itself forgives and stricter importers do not: every line ends with CRLF
 * (§3.1), the last one included; no line is longer than 75 octets (§3.1); VERSION and PRODID are
 * there (§3.6); the calendar's properties come before its components, and it holds at least one
 * component (§3.6); and every VTIMEZONE is one ical.js can read as a zone. Throws on the first violation, naming it.
 */
export function parseStrictICalendar(text: string) {
  if (!text.endsWith('\r\n')) throw new Error('RFC 5545 §3.1: the last line does not end with CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  const bare = lines.findIndex((line) => /[\r\n]/.test(line));
  if (bare !== -1) throw new Error(`RFC 5545 §3.1: line ${bare + 1} holds a bare CR or LF`);
  const long = lines.findIndex((line) => Buffer.byteLength(line) > 75);
  if (long !== -1) throw new Error(`RFC 5545 §3.1: line ${long + 1} is longer than 75 octets`);
  const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  let depth = 0;
  let inBody = false;
  for (const line of unfolded) {
    if (/^BEGIN:/i.test(line)) {
      depth += 1;
      if (depth === 2) inBody = true;
    } else if (/^END:/i.test(line)) depth -= 1;
    else if (depth === 1 && inBody) throw new Error(`RFC 5545 §3.6: the calendar property ${line.split(/[:;]/)[0]} comes after a component`);
  }
  const component = new ICAL.Component(ICAL.parse(text));
  if (component.name !== 'vcalendar') throw new Error(`RFC 5545 §3.4: the object is a ${component.name}, not a VCALENDAR`);
  if (component.getFirstPropertyValue('version') !== '2.0') throw new Error('RFC 5545 §3.6: VERSION:2.0 is missing');
  if (!component.getFirstPropertyValue('prodid')) throw new Error('RFC 5545 §3.6: PRODID is missing');
  if (component.getAllSubcomponents().length === 0) throw new Error('RFC 5545 §3.6: the calendar holds no component');
  for (const zone of component.getAllSubcomponents('vtimezone')) {
    const timezone = new ICAL.Timezone(zone);
    if (!timezone.tzid) throw new Error('RFC 5545 §3.6.5: a VTIMEZONE without TZID');
  }
  return { component, events: component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}
