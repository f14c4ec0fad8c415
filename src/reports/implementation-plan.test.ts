import { describe, expect, it } from 'vitest';
import type { PromiseSetDocument } from '../domain/promise-set.ts';
import {
  implementationPlanRows,
  renderImplementationPlanCsv,
  renderImplementationPlanDocx,
  renderImplementationPlanPdf,
} from './implementation-plan.ts';
import { paragraphs, readDocx, readPdf, xmlText } from './test-read.ts';
import { KALIX_PROMISES, commitment, count, kalixDocument, promiseDoc } from './test-fixtures.ts';

const generatedAt = new Date('2024-03-05T10:00:00Z');

/** An independent reading of the CSV: RFC 4180 quoting with ";" and CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function bigPlan(commitments: number, areas = 5): PromiseSetDocument {
  const perArea = commitments / areas;
  return promiseDoc({
    focusAreas: Array.from({ length: areas }, (_, a) => ({
      title: `Fokusområde ${a + 1}`,
      commitments: Array.from({ length: perArea }, (_, i) =>
        commitment(
          `Åtagande nr ${a * perArea + i + 1}: riktade insatser mot narkotika i centrala Åsele och i byarna.`,
          { responsible: ['polisen'], followUp: ['Antal insatser'], target: count({ per: 'halfyear' }) },
        ),
      ),
    })),
  });
}

describe('implementationPlanRows', () => {
  it('gives one row per commitment with the plan columns filled in Swedish', () => {
    const doc = promiseDoc({
      focusAreas: [
        {
          title: 'Narkotika',
          commitments: [
            commitment('Riktade insatser.', {
              responsible: ['polisen', 'kommunen'],
              owner: 'Anna Berg',
              partners: ['socialtjänsten', 'skolan'],
              followUp: ['Antal anmälningar', 'Antal beslag'],
              target: count({ count: 2, per: 'halfyear', unit: 'insatser' }),
            }),
            commitment('Sök med hund.', {
              when: 'v. 12–14',
              target: count(),
              condition: 'om underrättelseläget medger',
            }),
            commitment('Grannsamverkan.', { target: { kind: 'none' } }),
            commitment('Kontroller på Råslätt.', {
              target: count({ count: 800, per: null }),
              targets: [{ target: { kind: 'share', percent: 20, atLeast: true }, place: 'Öxnehaga' }],
            }),
          ],
        },
      ],
    });
    expect(implementationPlanRows(doc)).toEqual([
      {
        focusArea: 'Narkotika',
        what: 'Riktade insatser.',
        when: 'minst 2 per halvår',
        partners: 'Socialtjänsten och skolan',
        responsible: 'Polisen och kommunen (Anna Berg)',
        followUp: 'Antal anmälningar; Antal beslag',
      },
      {
        focusArea: 'Narkotika',
        what: 'Sök med hund.',
        when: 'v. 12–14 (om underrättelseläget medger)',
        partners: '',
        responsible: '',
        followUp: '',
      },
      { focusArea: 'Narkotika', what: 'Grannsamverkan.', when: 'löpande', partners: '', responsible: '', followUp: '' },
      {
        focusArea: 'Narkotika',
        what: 'Kontroller på Råslätt.',
        when: 'minst 800 under perioden; minst 20 % (Öxnehaga)',
        partners: '',
        responsible: '',
        followUp: '',
      },
    ]);
  });
});

describe('renderImplementationPlanCsv', () => {
  it('is UTF-8 with BOM, semicolons, CRLF and a Swedish header, one row per commitment', () => {
    const csv = renderImplementationPlanCsv(kalixDocument());
    expect(csv.startsWith('\uFEFFFokusområde;Vad;När;Samverkan;Ansvarig;Uppföljning\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + KALIX_PROMISES.length);
    expect(rows.slice(1).map((r) => r[1])).toEqual(KALIX_PROMISES);
    expect(rows[1]).toEqual(['Närvaro och trafik', KALIX_PROMISES[0], 'i snitt 4 per vecka', '', 'Polisen', '']);
  });

  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    const doc = promiseDoc({
      focusAreas: [
        {
          title: '=HYPERLINK("http://x")',
          commitments: [
            commitment('Möten; två "stora"\noch fler.', {
              followUp: ['+46 70 123', '@admin'],
              responsible: ['-polisen'],
            }),
          ],
        },
      ],
    });
    const csv = renderImplementationPlanCsv(doc);
    expect(csv).toContain('"Möten; två ""stora""\noch fler."');
    const [, row] = parseCsv(csv.slice(1));
    expect(row).toEqual([
      `'=HYPERLINK("http://x")`,
      'Möten; två "stora"\noch fler.',
      'löpande',
      '',
      `'-polisen`,
      `'+46 70 123; @admin`,
    ]);
  });
});

describe('renderImplementationPlanPdf', () => {
  it('renders 200 commitments on many landscape pages with the header on each', async () => {
    const bytes = await renderImplementationPlanPdf(bigPlan(200), { generatedAt });
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    const pdf = await readPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThan(5);
    pdf.pages.forEach((page, index) => {
      expect(page).toContain('Vad När Samverkan Ansvarig Uppföljning');
      expect(page).toContain(`Sida ${index + 1} av ${pdf.pages.length}`);
    });
    for (let n = 1; n <= 200; n += 1) {
      const found = pdf.pages.filter((page) =>
        page.includes(`Åtagande nr ${n}: riktade insatser mot narkotika i centrala Åsele och i byarna.`),
      );
      expect(found, `row ${n}`).toHaveLength(1);
    }
    expect(pdf.pages.slice(1).some((page) => /Fokusområde \d \(forts\.\)/.test(page))).toBe(true);
  });

  it('splits a row taller than a page over pages without losing a word', async () => {
    const words = Array.from({ length: 1200 }, (_, i) => `ord${i}`);
    const doc = promiseDoc({
      focusAreas: [{ title: 'Lång', commitments: [commitment(words.join(' '), { responsible: ['polisen'] })] }],
    });
    const pdf = await readPdf(await renderImplementationPlanPdf(doc, { generatedAt }));
    expect(pdf.pages.length).toBeGreaterThan(1);
    const seen = pdf.text.split(' ').filter((w) => /^ord\d+$/.test(w));
    expect(seen).toEqual(words);
    for (const page of pdf.pages) expect(page).toContain('Vad När Samverkan Ansvarig Uppföljning');
  });

  it('prints the Kalix plan with its rows and a draft mark only for a draft', async () => {
    const published = await readPdf(await renderImplementationPlanPdf(kalixDocument(), { generatedAt }));
    for (const text of KALIX_PROMISES) expect(published.text).toContain(text);
    expect(published.text).toContain('Alkohol och narkotika bland unga');
    expect(published.text).not.toContain('UTKAST');
    expect(published.info.Title).toBe('Genomförandeplan – Kalix – medborgarlöften');
    const draft = await readPdf(await renderImplementationPlanPdf(kalixDocument({ status: 'draft' }), { generatedAt }));
    expect(draft.pages[0]).toContain('UTKAST');
  });
});

describe('renderImplementationPlanDocx', () => {
  it('is a landscape Word table whose header row repeats on every page', async () => {
    const parts = readDocx(await renderImplementationPlanDocx(kalixDocument(), { generatedAt }));
    const body = parts['word/document.xml'] ?? '';
    expect(body).toMatch(/w:orient="landscape"/);
    const rows = [...body.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(xmlText(rows[0] ?? '')).toBe('VadNärSamverkanAnsvarigUppföljning');
    expect(rows.slice(1).filter((row) => row.includes('<w:tblHeader/>'))).toEqual([]);
    // One row per commitment plus one per focus area.
    expect(rows).toHaveLength(1 + KALIX_PROMISES.length + 3);
    for (const text of KALIX_PROMISES) expect(rows.some((row) => xmlText(row).startsWith(text))).toBe(true);
    expect(paragraphs(body).find((p) => p.style === 'Title')?.text).toBe('Kalix – medborgarlöften');
  });
});
