import { Feed } from 'feed';

/** How many of the newest events the Atom feed carries. */
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
  language: string;
  author: { name: string; link: string };
  rights: string;
};

// The library marks titles and summaries type="html"; the portal's texts are plain, so a "<" or "&"
// in them is escaped to stay a character rather than become markup in the reader.
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An Atom 1.0 (RFC 4287) document of events, in the order given. */
export function eventAtomFeed(head: AtomHead, entries: AtomEntry[]): string {
  const feed = new Feed({
    id: head.id,
    title: head.title,
    description: head.subtitle,
    link: head.alternate,
    feedLinks: { atom: head.self },
    updated: head.updated,
    language: head.language,
    author: head.author,
    copyright: head.rights,
    generator: false,
  });
  for (const entry of entries) {
    feed.addItem({ id: entry.id, title: asHtml(entry.title), link: entry.link, date: entry.updated, published: entry.published, description: asHtml(entry.summary) });
  }
  return feed.atom1();
}
