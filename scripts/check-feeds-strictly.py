#!/usr/bin/python3
"""The feeds of a running portal as Python's feed and calendar readers take them.

Not part of `npm test`: these readers install from Debian (python3-feedparser,
python3-icalendar), not from npm. Run against a running server, e.g. `npm start`:

    /usr/bin/python3 scripts/check-feeds-strictly.py http://localhost:3000 [partner-slug ...]

Checks every locale's Atom feeds, of events and of projects and proposals (well-formed for feedparser, with its language) and calendar,
and each named partner's calendar (parsed by icalendar, CRLF-terminated, at least one component).
Prints one line per document and exits 1 if any fails.
"""
import sys
import urllib.request

import feedparser
from icalendar import Calendar

LOCALES = ("ru", "kk", "en")
# New events, and new projects and proposals (docs/decisions/037).
ATOM_FEEDS = ("feed.xml", "cooperation.xml")


class Refused(Exception):
    """What a strict reader would not take."""


def fetch(url):
    with urllib.request.urlopen(url) as response:
        return response.read()


def check_atom(url, locale):
    feed = feedparser.parse(fetch(url))
    if feed.bozo:
        raise Refused(f"not well-formed: {feed.bozo_exception}")
    if feed.version != "atom10":
        raise Refused(f"read as {feed.version!r}, not Atom 1.0")
    if feed.feed.get("language") != locale:
        raise Refused(f"language {feed.feed.get('language')!r}, not {locale!r}")
    return f"{len(feed.entries)} entries, language {locale}"


def check_calendar(url):
    body = fetch(url)
    if not body.endswith(b"\r\n") or b"\n" in body.replace(b"\r\n", b""):
        raise Refused("a line does not end with CRLF (RFC 5545 section 3.1)")
    calendar = Calendar.from_ical(body)
    components = calendar.subcomponents
    if not components:
        raise Refused("no component (RFC 5545 section 3.6)")
    errors = [error for component in calendar.walk() for error in component.errors]
    if errors:
        raise Refused(f"parse errors: {errors}")
    events = [c for c in components if c.name == "VEVENT"]
    return f"{len(events)} events, {len(components) - len(events)} other components"


def main():
    base = sys.argv[1].rstrip("/")
    documents = [(f"{base}/{l}/{name}", lambda l=l, name=name: check_atom(f"{base}/{l}/{name}", l)) for name in ATOM_FEEDS for l in LOCALES]
    documents += [(f"{base}/{l}/events.ics", lambda l=l: check_calendar(f"{base}/{l}/events.ics")) for l in LOCALES]
    documents += [(f"{base}/en/partners/{s}/events.ics", lambda s=s: check_calendar(f"{base}/en/partners/{s}/events.ics")) for s in sys.argv[2:]]
    failed = False
    for url, check in documents:
        try:
            print(f"ok   {url}: {check()}")
        except Exception as error:  # a reader that throws has refused the document too
            failed = True
            print(f"FAIL {url}: {error}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
