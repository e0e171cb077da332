import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, type AtomHead } from './event-atom-feed';

const head: AtomHead = {
  id: 'https://example.org/kk/feed.xml',
  title: 'Жаңа іс-шаралар',
  subtitle: 'Бауырлас қалалармен бірлескен іс-шаралар',
  self: 'https://example.org/kk/feed.xml',
  alternate: 'https://example.org/kk/events',
  updated: new Date('2026-03-01T00:00:00Z'),
  language: 'kk',
  author: { name: 'Портал', link: 'https://example.org/kk' },
  rights: 'CC BY 4.0',
};

describe('atomFeed', () => {
  const xml = atomFeed(head, [
    {
      id: 'tag:example.org,2026-01-02:event-7',
      title: 'Қазан & Чэнду <онлайн>',
      summary: 'Үйрену',
      link: 'https://example.org/kk/events/a',
      updated: new Date('2026-02-01T00:00:00Z'),
      published: new Date('2026-01-02T00:00:00Z'),
    },
  ]);
  const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);

  it('is well-formed Atom with the feed’s id, title, updated and links', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(head.id);
    expect(feed.title).toBe('Жаңа іс-шаралар');
    expect(feed.updated).toBe('2026-03-01T00:00:00.000Z');
    expect(feed.link).toEqual(
      expect.arrayContaining([
        { rel: 'self', href: head.self },
        { rel: 'alternate', href: head.alternate },
      ]),
    );
  });

  it('names its language with xml:lang on the feed, which every entry inherits', () => {
    expect(feed['xml:lang']).toBe('kk');
  });

  it('keeps plain-text titles as text, markup characters included', () => {
    expect(feed.entry.id).toBe('tag:example.org,2026-01-02:event-7');
    // type="html": the reader unescapes once and shows the characters themselves.
    expect(feed.entry.title['#text']).toBe('Қазан &amp; Чэнду &lt;онлайн&gt;');
    expect(feed.entry.published).toBe('2026-01-02T00:00:00.000Z');
    expect(feed.entry.updated).toBe('2026-02-01T00:00:00.000Z');
    expect(feed.entry.link.href).toBe('https://example.org/kk/events/a');
  });
});
