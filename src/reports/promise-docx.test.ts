import { describe, expect, it } from 'vitest';
import { renderPromiseSetDocx } from './promise-docx.ts';
import { paragraphs, readDocx, xmlText } from './test-read.ts';
import { KALIX_PROMISES, kalixDocument, promiseDoc } from './test-fixtures.ts';

const generatedAt = new Date('2024-03-05T10:00:00Z');

async function kalixParts(over = {}): Promise<Record<string, string>> {
  return readDocx(await renderPromiseSetDocx(kalixDocument(over), { generatedAt }));
}

describe('renderPromiseSetDocx', () => {
  it('opens as a Word file whose headings use the Heading styles, in document order', async () => {
    const parts = await kalixParts();
    const body = parts['word/document.xml'] ?? '';
    const styled = paragraphs(body).filter((p) => p.style !== null && p.style !== 'ListParagraph');
    expect(styled.map((p) => [p.style, p.text])).toEqual([
      ['Title', 'Kalix – medborgarlöften'],
      ['Heading1', 'Inledning'],
      ['Heading1', 'Problembild'],
      ['Heading1', 'Våra löften'],
      ['Heading2', 'Närvaro och trafik'],
      ['Heading2', 'Alkohol och narkotika bland unga'],
      ['Heading2', 'Inbrott och stölder'],
      ['Heading1', 'Genomförande'],
      ['Heading1', 'Kommunikation'],
      ['Heading1', 'Uppföljning'],
      ['Heading1', 'Underskrifter'],
    ]);
    expect(parts['word/styles.xml']).toMatch(/w:styleId="Heading1"/);
  });

  it('lists every promise as a bullet with who answers for it', async () => {
    const parts = await kalixParts();
    const all = paragraphs(parts['word/document.xml'] ?? '');
    for (const text of KALIX_PROMISES) {
      const bullet = all.find((p) => p.text === text);
      expect(bullet, text).toBeDefined();
      expect(bullet?.xml).toContain('<w:numPr>');
    }
    expect(all.map((p) => p.text)).toContain('Ansvarig: Polisen och kommunen');
    expect(parts['word/numbering.xml']).toContain('w:val="bullet"');
  });

  it('has a signature table with the signatories and their dates', async () => {
    const body = (await kalixParts())['word/document.xml'] ?? '';
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(body)?.[0] ?? '';
    const text = xmlText(table);
    expect(text).toContain('Birgitta Nyström');
    expect(text).toContain('Lokalpolisområdeschef Östra Norrbotten');
    expect(text).toContain('Åsa Fjällström');
    expect(text).toContain('Datum: 11 februari 2019');
  });

  it('is Swedish, titled, and numbered "Sida n av N" in the footer', async () => {
    const parts = await kalixParts();
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="sv-SE"/>');
    expect(parts['docProps/core.xml']).toContain('<dc:title>Kalix – medborgarlöften</dc:title>');
    const footerName = Object.keys(parts).find((name) => /^word\/footer\d*\.xml$/.test(name)) ?? '';
    const footer = parts[footerName] ?? '';
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(xmlText(footer)).toContain('Version 2');
    expect(xmlText(footer)).toContain('Sida');
  });

  it('marks a draft UTKAST and a published promise not', async () => {
    const draft = await kalixParts({ status: 'draft' });
    const draftHeader = Object.entries(draft).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
    expect(xmlText(draftHeader)).toContain('UTKAST');
    expect(xmlText(draft['word/document.xml'] ?? '')).toContain('UTKAST');
    const published = await kalixParts({ status: 'published' });
    const everything = Object.values(published).map(xmlText).join(' ');
    expect(everything).not.toContain('UTKAST');
  });

  it('gives blank signature cells to each party when nobody has signed', async () => {
    const parts = readDocx(await renderPromiseSetDocx(promiseDoc(), { generatedAt }));
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(parts['word/document.xml'] ?? '')?.[0] ?? '';
    expect(xmlText(table)).toContain('För Lokalpolisområde Södra Lappland');
    expect(xmlText(table)).toContain('För Åsele kommun');
    expect(xmlText(table)).toMatch(/Datum: _{10,}/);
  });
});
