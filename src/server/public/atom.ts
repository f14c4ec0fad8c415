/** A kommun's updates as an Atom 1.0 feed (RFC 4287). */
import type { KommunFeed } from '../../app/public/feed.ts';
import { escapeHtml } from './html.ts';

// Characters XML 1.0 does not allow at all, even escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const xml = (value: unknown): string => escapeHtml(String(value).replace(INVALID_XML, ''));

export function atomFeed(feed: KommunFeed, baseUrl: string): string {
  const { kommun } = feed;
  const page = `${baseUrl}/kommun/${kommun.slug}`;
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title type="text">${xml(e.title)}</title>
    <updated>${e.updated.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${xml(baseUrl + e.path)}"/>
    <summary type="text">${xml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
  <id>${xml(page)}</id>
  <title type="text">${xml(`Medborgarlöften – ${kommun.name}`)}</title>
  <subtitle type="text">${xml(`Vad polisen och ${kommun.name} kommun har lovat, gjort och följt upp.`)}</subtitle>
  <updated>${feed.updated.toISOString()}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(`${page}/flode.atom`)}"/>
  <link rel="alternate" type="text/html" href="${xml(page)}"/>
  <author><name>${xml(`Polisen och ${kommun.name} kommun`)}</name></author>
  <rights>CC0 1.0</rights>
${entries.join('\n')}
</feed>
`;
}
