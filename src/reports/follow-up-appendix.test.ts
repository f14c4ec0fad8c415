/**
 * The follow-up report tells who did what (Polisen, the kommun, partners,
 * from the activities), who signed with their titles, and lists the
 * period's activities in an appendix; the public version without places
 * and names.
 */
import { describe, expect, it } from 'vitest';
import { doersSv } from './follow-up-appendix.ts';
import { FOLLOW_UP_TEXTS, kalixReportInput } from './follow-up-fixtures.ts';
import { renderFollowUpDocx, renderFollowUpPdf } from './follow-up-report.ts';
import { paragraphs, readDocx, readPdf, xmlText } from './test-read.ts';

const generatedAt = new Date('2024-03-05T10:00:00Z');
const APPENDIX = 'Bilaga: Aktiviteter under perioden';

const between = (text: string, from: string, to?: string) => {
  const start = text.indexOf(from);
  expect(start, from).toBeGreaterThanOrEqual(0);
  return text.slice(start, to ? text.indexOf(to, start) : undefined);
};

describe('doersSv', () => {
  it('names Polisen first, then the kommun, then partners, each with its count', () => {
    const line = (party: 'polisen' | 'kommunen' | 'partner' | 'annan', organisation: string | null) => ({
      commitmentId: 'c',
      date: '2019-01-01',
      places: [],
      organisation,
      party,
    });
    expect(
      doersSv([
        line('partner', 'Fastighetsbolaget'),
        line('kommunen', 'Kalix'),
        line('polisen', 'LPO Östra Norrbotten'),
        line('kommunen', 'Kalix'),
        line('annan', null),
      ]),
    ).toBe('Polisen (1), Kalix kommun (2), Fastighetsbolaget (1) och Ej angiven part (1)');
  });
});

describe('the staff report', () => {
  it('says per promise and for the period who did the activities', async () => {
    const pdf = await readPdf(await renderFollowUpPdf(kalixReportInput(), { generatedAt }));
    expect(pdf.pages[0]).toContain(
      'Aktiviteterna utfördes av Polisen (3), Kalix kommun (2) och Grannsamverkan Kalix (1).',
    );
    const table = between(pdf.text, 'Löftena och utfallet', 'Sammanfattning');
    expect(table).toContain('3 aktiviteter under halvåret Utfört av Polisen (2) och Kalix kommun (1)');
    expect(table).toContain('Utfört av Kalix kommun (1) och Grannsamverkan Kalix (1)');
    // A promise with no activity says nothing about who did it.
    expect(table).toContain('0 aktiviteter under halvåret Ej uppfyllt');
  });

  it('shows the titles of those who approved and who signed the promise', async () => {
    const pdf = await readPdf(await renderFollowUpPdf(kalixReportInput(), { generatedAt }));
    const signing = between(pdf.text, 'Granskning och godkännande', APPENDIX);
    expect(signing).toContain('Steg Vem Titel Part Datum');
    expect(signing).toContain('Godkänd Birgitta Nyström Lokalpolisområdeschef Polisen 20 juli 2019');
    expect(signing).toContain('Godkänd Åsa Fjällström Kommunstyrelsens ordförande Kommunen 22 juli 2019');
    expect(signing).toContain('Medborgarlöftet undertecknades av Namn Titel Part');
    expect(signing).toContain('Birgitta Nyström Lokalpolisområdeschef Polisen');
  });

  it('lists every activity of the period per promise in the appendix, with date, places and organisation', async () => {
    const pdf = await readPdf(await renderFollowUpPdf(kalixReportInput(), { generatedAt }));
    const startPage = pdf.pages.findIndex((page) => page.includes(APPENDIX));
    expect(startPage).toBeGreaterThan(0);
    // The appendix starts on a page of its own.
    expect(pdf.pages[startPage]!.indexOf(APPENDIX)).toBeLessThan(pdf.pages[startPage]!.indexOf('Datum'));
    expect(pdf.pages[startPage - 1]).not.toContain(APPENDIX);
    const appendix = between(pdf.text, APPENDIX, 'Sida ');
    expect(appendix).toContain(
      `1. ${FOLLOW_UP_TEXTS.contacts} Datum Plats Utfört av 2019-02-04 Töre Polisen ` +
        '2019-03-11 Kalix centrum, Töre Polisen 2019-05-20 – Kalix kommun',
    );
    expect(appendix).toContain('2019-06-01 – Grannsamverkan Kalix');
    expect(appendix).toContain(`6. ${FOLLOW_UP_TEXTS.walks} Inga aktiviteter under perioden.`);
  });

  it('has the appendix in the Word file too', async () => {
    const body = readDocx(await renderFollowUpDocx(kalixReportInput(), { generatedAt }))['word/document.xml'] ?? '';
    const headings = paragraphs(body).filter((p) => p.style === 'Heading1' || p.style === 'Heading2');
    expect(headings.map((h) => h.text)).toContain(APPENDIX);
    expect(headings.map((h) => h.text)).toContain('Medborgarlöftet undertecknades av');
    expect(xmlText(body)).toContain('2019-03-11Kalix centrum, TörePolisen');
  });
});

describe('the public report', () => {
  it('names parties and titles, never people, and lists activities by date and organisation without places', async () => {
    const pdf = await readPdf(await renderFollowUpPdf(kalixReportInput('public'), { generatedAt }));
    for (const name of ['Birgitta Nyström', 'Åsa Fjällström', 'Karin Nilsson', 'Töre Polisen', 'Kalix centrum, Töre'])
      expect(pdf.text).not.toContain(name);
    expect(pdf.text).toContain('Godkänd Polisen Lokalpolisområdeschef Polisen 20 juli 2019');
    expect(pdf.text).toContain('Medborgarlöftet undertecknades av Titel Part Lokalpolisområdeschef Polisen');
    const appendix = between(pdf.text, APPENDIX, 'Sida ');
    expect(appendix).toContain('Aktiviteterna under perioden per löfte: datum och vem som utförde dem.');
    expect(appendix).toContain('Datum Utfört av 2019-02-04 Polisen 2019-03-11 Polisen 2019-05-20 Kalix kommun');
  });
});
