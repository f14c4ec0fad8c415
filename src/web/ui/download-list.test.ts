import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DownloadList } from './DownloadList.tsx';

describe('DownloadList', () => {
  it('links every file under its label, in the order of the addresses, below a heading that names the section', () => {
    const html = renderToStaticMarkup(
      createElement(DownloadList<'pdf' | 'csv'>, {
        id: 'dl',
        heading: 'Ladda ned',
        hrefs: { pdf: '/x/export.pdf', csv: '/x/export.csv' },
        labels: { csv: 'Tabell (CSV)', pdf: 'PDF' },
      }),
    );
    expect(html).toContain('<section aria-labelledby="dl"><h2 id="dl"');
    const links = [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(links).toEqual(['PDF /x/export.pdf', 'Tabell (CSV) /x/export.csv']);
  });
});
