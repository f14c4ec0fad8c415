/**
 * A table's header row is never left alone at the bottom of a page: when
 * the first row does not fit under it, the header moves to the next page
 * with the row. Checked by reading the PDF's text page by page for every
 * starting height from high on the page to its very bottom.
 */
import { describe, expect, it } from 'vitest';
import type { Report, ReportBlock } from './report-blocks.ts';
import { renderReportPdf } from './report-pdf.ts';
import { readPdf } from './test-read.ts';

const HEADER = 'Kolumnen Alfa Kolumnen Beta';
const TALL_ROW = ['Första raden', 'En lång cell\nsom går över\nflera rader\noch blir\nhög.'];

function reportWith(fillers: number): Report {
  const filler: ReportBlock[] = Array.from({ length: fillers }, (_, i) => ({
    kind: 'paragraph',
    text: `Stycke ${i + 1} som fyller sidan.`,
    tone: 'normal',
  }));
  return {
    kicker: 'PROV',
    title: 'Tabell vid sidans slut',
    subtitle: [],
    isDraft: false,
    mark: null,
    subject: 'Prov',
    author: 'Prov',
    blocks: [
      ...filler,
      {
        kind: 'table',
        columns: [
          { title: 'Kolumnen Alfa', share: 0.5 },
          { title: 'Kolumnen Beta', share: 0.5 },
        ],
        rows: [TALL_ROW, ['Andra raden', 'Kort.']],
      },
    ],
  };
}

/** The pages the header is printed on, and whether each of them also has the first row's text. */
async function headerPages(fillers: number): Promise<{ page: number; withRow: boolean }[]> {
  const { pages } = await readPdf(await renderReportPdf(reportWith(fillers), { generatedAt: new Date(0) }));
  return pages.flatMap((text, page) =>
    text.includes(HEADER) ? [{ page, withRow: text.includes('Första raden') || text.includes('Andra raden') }] : [],
  );
}

describe('a table that starts near the bottom of a page', () => {
  it('never prints its header row on a page without a body row under it', async () => {
    const moved: number[] = [];
    // From about a third of the page down to past its bottom, in steps of one paragraph.
    for (let fillers = 20; fillers <= 60; fillers += 1) {
      const found = await headerPages(fillers);
      expect(found.length, `${fillers} paragraphs`).toBeGreaterThan(0);
      for (const { page, withRow } of found) expect(withRow, `${fillers} paragraphs, page ${page + 1}`).toBe(true);
      if (found[0]!.page > 0) moved.push(fillers);
    }
    // Some of these starts did land at the bottom of page 1 and moved to page 2 with their row.
    expect(moved.length).toBeGreaterThan(0);
  }, 60_000);
});
