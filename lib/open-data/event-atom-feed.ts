import { Feed } from 'feed';

/** How many of the newest entries an Atom feed carries. */
export const ATOM_ENTRY_COUNT = 50;

export type AtomEntry = { id: string; title: string; summary: string; link: string; updated: Date; published: Date };
export type AtomHead = {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own URL (rel="self"). */
  self: string;
  /** The page the feed mirrors (rel="alternate"). */
  alternate: string;
  /** When the published data last changed; the feed's <updated>. */
  updated: Date;
  /** A BCP 47 tag (the locale), as the feed's xml:lang. */
  language: string;
  author: { name: string; link: string };
  rights: string;
};

// The library marks titles and summaries type="html"; the portal's texts are plain, so a "<" or "&"
// in them is escaped to stay a character rather than become markup in the reader.
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An Atom 1.0 (RFC 4287) document of the entries (events, or projects and proposals), in the order given. */
export function atomFeed(head: AtomHead, entries: AtomEntry[]): string {
  const feed = new Feed({
    id: head.id,
    title: head.title,
    description: head.subtitle,
    link: head.alternate,
    feedLinks: { atom: head.self },
    updated: head.updated,
    author: head.author,
    copyright: head.rights,
    generator: false,
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id,
      title: asHtml(entry.title),
      link: entry.link,
      date: entry.updated,
      published: entry.published,
      description: asHtml(entry.summary),
    });
  }
  // The library's Atom writer has no language option (only its RSS one reads `language`), so the
  // language is added to the root element it writes, for readers that hyphenate or speak the text.
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  const xml = feed.atom1();
  if (!xml.includes(root)) throw new Error('The Atom writer changed its root element: xml:lang has nowhere to go');
  return xml.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${head.language}">`);
}
