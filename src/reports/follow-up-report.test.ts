import { describe, expect, it } from 'vitest';
import { VERDICT_SV } from '../domain/follow-up.ts';
import { readPainting } from './charts-read.ts';
import { VERDICT_COLORS } from './follow-up-chart.ts';
import { followUpTitleSv, fulfilledSentenceSv } from './follow-up-content.ts';
import { outcomeSv } from './follow-up-items.ts';
import { DRUGS, FOLLOW_UP_TEXTS, PRESENCE, VOLUME, followUpItem, kalixFollowUp } from './follow-up-fixtures.ts';
import { renderFollowUpDocx, renderFollowUpPdf } from './follow-up-report.ts';
import { paragraphs, readDocx, readPdf, xmlText } from './test-read.ts';

const generatedAt = new Date('2024-03-05T10:00:00Z');
// The set's title already says "medborgarlöften": the follow-up title does not say it twice.
const TITLE = 'Uppföljning – Kalix – medborgarlöften';
const SECTIONS = [
  'Resultat i korthet',
  'Löftena och utfallet',
  'Sammanfattning',
  'Vad invånarna sa',
  'Vad händer nu',
  'Granskning och godkännande',
];

function inOrder(text: string, parts: string[]): void {
  const positions = parts.map((part) => text.indexOf(part));
  for (const [index, part] of parts.entries()) expect(positions[index], part).toBeGreaterThanOrEqual(0);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

describe('followUpTitleSv', () => {
  it('says "medborgarlöfte" once, and only adds it when the set title lacks it', () => {
    expect(followUpTitleSv(kalixFollowUp())).toBe('Uppföljning – Kalix – medborgarlöften');
    expect(followUpTitleSv(kalixFollowUp({ promiseSetTitle: 'Tryggare Kalix 2024' }))).toBe(
      'Uppföljning av medborgarlöfte – Tryggare Kalix 2024',
    );
  });
});

describe('outcomeSv', () => {
  it('writes counted things whole and measured ones with a decimal comma', () => {
    const target = (unit: string) =>
      ({ kind: 'count', count: 2, atLeast: true, max: null, per: 'halfyear', every: 1, average: false, unit }) as const;
    expect(
      outcomeSv({
        ...followUpItem('Insats', 'Droger', 'uppfyllt'),
        target: target('insatser'),
        done: 2.5,
        required: 2,
      }),
    ).toBe('2 av 2 under halvåret');
    expect(
      outcomeSv({ ...followUpItem('Insats', 'Droger', 'uppfyllt'), target: target('timmar'), done: 2.5, required: 4 }),
    ).toBe('2,5 av 4 under halvåret');
  });
});

describe('fulfilledSentenceSv', () => {
  it('at the end counts the promises judged uppfyllt, in Swedish agreement', () => {
    expect(fulfilledSentenceSv(kalixFollowUp().items)).toBe('5 av 7 uppfyllda, 1 delvis uppfyllt');
    const one = [followUpItem('A', 'X', 'uppfyllt'), followUpItem('B', 'X', 'ej_uppfyllt')];
    expect(fulfilledSentenceSv(one)).toBe('1 av 2 uppfyllt');
    expect(fulfilledSentenceSv([followUpItem('A', 'X', 'uppfyllt')])).toBe('1 av 1 uppfyllt');
    expect(fulfilledSentenceSv([])).toBe('Inga löften att följa upp');
  });
});

describe('renderFollowUpPdf', () => {
  it('prints the title, kommun, period, status and the result in one sentence on page 1', async () => {
    const pdf = await readPdf(await renderFollowUpPdf(kalixFollowUp(), { generatedAt }));
    const first = pdf.pages[0] ?? '';
    inOrder(first, [
      TITLE,
      'Kalix kommun',
      'Första halvåret 2019: 1 januari 2019 – 30 juni 2019',
      'Status: Godkänd',
      '5 av 7 uppfyllda, 1 delvis uppfyllt',
    ]);
    expect(first).toContain('Uppfyllt: 5 Delvis uppfyllt: 1 Ej uppfyllt: 1');
    expect(first).toContain('97 aktiviteter registrerade under perioden (första halvåret 2019).');
    expect(pdf.info.Title).toBe(TITLE);
    expect(pdf.info.Language).toBe('sv-SE');
  });

  it('has every section in order, every promise under its focus area with outcome, verdict and comment', async () => {
    const pdf = await readPdf(await renderFollowUpPdf(kalixFollowUp(), { generatedAt }));
    inOrder(pdf.text, SECTIONS);
    const table = pdf.text.slice(pdf.text.indexOf('Löftena och utfallet'), pdf.text.indexOf('Sammanfattning'));
    inOrder(table, [
      PRESENCE,
      FOLLOW_UP_TEXTS.contacts,
      FOLLOW_UP_TEXTS.traffic,
      DRUGS,
      FOLLOW_UP_TEXTS.drugs,
      VOLUME,
      FOLLOW_UP_TEXTS.burglary,
    ]);
    for (const text of Object.values(FOLLOW_UP_TEXTS)) expect(table).toContain(text);
    expect(table).toContain('Åtagande Utfall Bedömning Kommentar');
    expect(table).toContain(
      '1 av 2 under halvåret 1 aktivitet under halvåret Delvis uppfyllt En insats flyttades till hösten.',
    );
    expect(table).toContain('5 utförda under halvåret 5 aktiviteter under halvåret Uppfyllt');
    expect(table).toContain('0 av 2 under halvåret 0 aktiviteter under halvåret Ej uppfyllt Ingen vandring blev av.');
    for (const verdict of ['uppfyllt', 'delvis_uppfyllt', 'ej_uppfyllt'] as const)
      expect(table).toContain(VERDICT_SV[verdict]);
  });

  it('prints the written sections and who reviewed and approved it, with dates', async () => {
    const pdf = await readPdf(await renderFollowUpPdf(kalixFollowUp(), { generatedAt }));
    expect(pdf.text).toContain('Polisen har varit synlig i byarna och nästan alla löften har hållits.');
    expect(pdf.text).toContain('Trafikkontrollerna blev fler än planerat.');
    expect(pdf.text).toContain('Invånarna i Töre sa att mopedåkningen på kvällarna har minskat.');
    expect(pdf.text).toContain('Nästa halvår läggs fler trygghetsvandringar i centrum.');
    const approvals = pdf.text.slice(pdf.text.indexOf('Granskning och godkännande'));
    expect(approvals).toContain('Granskad Karin Nilsson Polisen 10 juli 2019');
    expect(approvals).toContain('Godkänd Birgitta Nyström Polisen 20 juli 2019');
    expect(approvals).toContain('Godkänd Åsa Fjällström Kommunen 22 juli 2019');
  });

  it('marks UTKAST on every page unless approved or published', async () => {
    for (const status of ['draft', 'reviewed'] as const) {
      const pdf = await readPdf(await renderFollowUpPdf(kalixFollowUp({ status }), { generatedAt }));
      expect(pdf.pages.length).toBeGreaterThan(1);
      for (const page of pdf.pages) expect(page, status).toContain('UTKAST');
    }
    for (const status of ['approved', 'published'] as const) {
      const pdf = await readPdf(await renderFollowUpPdf(kalixFollowUp({ status }), { generatedAt }));
      expect(pdf.text, status).not.toContain('UTKAST');
    }
  });

  it('numbers every page and says when it was printed', async () => {
    const pdf = await readPdf(await renderFollowUpPdf(kalixFollowUp(), { generatedAt }));
    for (const [index, page] of pdf.pages.entries()) expect(page).toContain(`Sida ${index + 1} av ${pdf.pages.length}`);
    expect(pdf.text).toContain('Utskriven 5 mars 2024');
  });

  it('draws the chart as vector bars in the verdict colours, with no image anywhere', async () => {
    const bytes = await renderFollowUpPdf(kalixFollowUp(), { generatedAt });
    const painted = await readPainting(bytes);
    const page = painted[0];
    // One bar per promise with a number in its target, and one legend key per verdict present.
    expect(page?.fills.get(VERDICT_COLORS.delvis_uppfyllt)).toBe(2);
    expect(page?.fills.get(VERDICT_COLORS.uppfyllt)).toBeGreaterThanOrEqual(5);
    expect(page?.fills.get(VERDICT_COLORS.i_fas)).toBeUndefined();
    expect(painted.every((p) => p.images === 0)).toBe(true);
    expect(bytes.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]).toContain('80 av 78');
    expect(pdf.pages[0]).toContain('Mål');
  });

  it('says which verdicts are still proposals', async () => {
    const view = kalixFollowUp({ status: 'draft' });
    view.items = view.items.map((item, index) => (index < 2 ? { ...item, confirmed: false } : item));
    const pdf = await readPdf(await renderFollowUpPdf(view, { generatedAt }));
    expect(pdf.text).toContain('2 bedömningar är förslag som ännu inte har bekräftats.');
    expect(pdf.text).toContain('Uppfyllt (förslag)');
    expect(pdf.text).toContain('Ska vara klar senast 31 juli 2019');
  });

  it('prints a follow-up without promises or texts without failing', async () => {
    const empty = kalixFollowUp({
      items: [],
      summary: null,
      citizensSaid: null,
      nextSteps: null,
      reviews: [],
      approvals: [],
      promiseSetTitle: null,
    });
    const pdf = await readPdf(await renderFollowUpPdf(empty, { generatedAt }));
    expect(pdf.text).toContain('Uppföljning – Medborgarlöfte Kalix');
    expect(pdf.text).not.toContain('Uppföljning av medborgarlöfte – Medborgarlöfte');
    expect(pdf.text).toContain('Inga löften att följa upp');
    expect(pdf.text).toContain('Ingen sammanfattning är skriven ännu.');
    expect(pdf.text).toContain('Uppföljningen är ännu inte granskad eller godkänd.');
  });
});

describe('renderFollowUpDocx', () => {
  it('uses the Title and Heading styles, in document order', async () => {
    const parts = readDocx(await renderFollowUpDocx(kalixFollowUp(), { generatedAt }));
    const styled = paragraphs(parts['word/document.xml'] ?? '').filter(
      (p) => p.style !== null && p.style !== 'ListParagraph',
    );
    expect(styled.map((p) => [p.style, p.text])).toEqual([
      ['Title', TITLE],
      ['Heading1', 'Resultat i korthet'],
      ['Heading1', 'Löftena och utfallet'],
      ['Heading2', PRESENCE],
      ['Heading2', DRUGS],
      ['Heading2', VOLUME],
      ['Heading1', 'Sammanfattning'],
      ['Heading1', 'Vad invånarna sa'],
      ['Heading1', 'Vad händer nu'],
      ['Heading1', 'Granskning och godkännande'],
    ]);
    expect(parts['docProps/core.xml']).toContain(`<dc:title>${TITLE}</dc:title>`);
  });

  it('has the summary box (shaded paragraphs, not a table), one table per focus area with a repeating header, and the approvals table', async () => {
    const body = readDocx(await renderFollowUpDocx(kalixFollowUp(), { generatedAt }))['word/document.xml'] ?? '';
    const box = paragraphs(body).find((p) => p.text === '5 av 7 uppfyllda, 1 delvis uppfyllt');
    expect(box?.xml).toContain('w:fill="F3F5F8"');
    const tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(4);
    for (const table of tables.slice(0, 3)) {
      expect(table).toContain('<w:tblHeader/>');
      expect(xmlText(table)).toMatch(/^ÅtagandeUtfallBedömningKommentar/);
    }
    expect(xmlText(tables[1] ?? '')).toContain(FOLLOW_UP_TEXTS.drugs);
    expect(xmlText(tables[1] ?? '')).toContain('Delvis uppfyllt');
    expect(xmlText(tables[3] ?? '')).toContain('Åsa Fjällström');
  });

  it('embeds the chart as SVG with a PNG fallback and a text alternative', async () => {
    const parts = readDocx(await renderFollowUpDocx(kalixFollowUp(), { generatedAt }));
    const svg = Object.entries(parts).find(([name]) => /^word\/media\/.+\.svg$/.test(name))?.[1] ?? '';
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('fill="#2e7d32"');
    expect(Object.keys(parts).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    const body = parts['word/document.xml'] ?? '';
    expect(body).toContain('asvg:svgBlip');
    expect(body).toMatch(/descr="Andel av målet per löfte: löfte 1: 80 av 78 under halvåret \(103 %\), uppfyllt;/);
  });

  it('marks a draft UTKAST in the header and an approved follow-up not', async () => {
    const draft = readDocx(await renderFollowUpDocx(kalixFollowUp({ status: 'reviewed' }), { generatedAt }));
    const header = Object.entries(draft).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
    expect(xmlText(header)).toContain('UTKAST');
    const approved = readDocx(await renderFollowUpDocx(kalixFollowUp({ status: 'approved' }), { generatedAt }));
    expect(Object.values(approved).map(xmlText).join(' ')).not.toContain('UTKAST');
  });
});

describe('the headline of a follow-up mid-period', () => {
  /** Tertial 2 of a one-year promise: 3 met, 4 on track, 1 behind; the yearly ones count from 1 January. */
  function midYear() {
    const span = { kind: 'to_date', from: '2019-01-01', to: '2019-08-31' } as const;
    const verdicts = ['uppfyllt', 'uppfyllt', 'uppfyllt', 'i_fas', 'i_fas', 'i_fas', 'i_fas', 'ligger_efter'] as const;
    const items = verdicts.map((verdict, i) =>
      followUpItem(`Löfte nummer ${i + 1} om trygghet i Kalix.`, PRESENCE, verdict, {
        done: 7,
        required: 12,
        span,
        activities: 3,
      }),
    );
    return kalixFollowUp({ label: 'Tertial 2 2019', period: { from: '2019-05-01', to: '2019-08-31' }, items });
  }

  it('reads "3 uppfyllda, 4 i fas, 1 ligger efter" in the PDF and the DOCX, and every number names its span', async () => {
    const pdf = await readPdf(await renderFollowUpPdf(midYear(), { generatedAt }));
    expect(pdf.pages[0]).toContain('3 uppfyllda, 4 i fas, 1 ligger efter');
    expect(pdf.text).not.toContain('0 av 8');
    expect(pdf.text).toContain('7 av 12 hittills i år 3 aktiviteter');
    const body = readDocx(await renderFollowUpDocx(midYear(), { generatedAt }))['word/document.xml'] ?? '';
    expect(xmlText(body)).toContain('3 uppfyllda, 4 i fas, 1 ligger efter');
  });
});
