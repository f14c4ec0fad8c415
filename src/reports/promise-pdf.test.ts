import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPromiseText } from '../domain/promise-import/index.ts';
import { asPromiseSetDocument } from '../domain/promise-set.ts';
import { renderPromiseSetPdf } from './promise-pdf.ts';
import { readPdf, squash } from './test-read.ts';
import { KALIX_PROMISES, KALIX_PROMISE_FILE, commitment, count, kalixDocument, promiseDoc } from './test-fixtures.ts';

const generatedAt = new Date('2024-03-05T10:00:00Z');

describe('the Kalix fixture', () => {
  it('holds the promises of the fixture text word for word', () => {
    const source = squash(readFileSync(KALIX_PROMISE_FILE, 'utf8'));
    for (const text of KALIX_PROMISES) expect(source).toContain(text);
    expect(KALIX_PROMISES).toHaveLength(8);
  });

  it('renders what the importer reads from the fixture text, every promise intact', async () => {
    const imported = asPromiseSetDocument(importPromiseText(readFileSync(KALIX_PROMISE_FILE, 'utf8')));
    const pdf = await readPdf(await renderPromiseSetPdf(imported, { generatedAt }));
    expect(pdf.pages[0]).toContain('Kalix – medborgarlöften');
    for (const text of KALIX_PROMISES) expect(pdf.text).toContain(text);
    expect(pdf.text).toContain('För Kalix kommun');
  });
});

describe('renderPromiseSetPdf', () => {
  it('prints the whole Kalix promise as a reader expects it', async () => {
    const bytes = await renderPromiseSetPdf(kalixDocument(), { generatedAt });
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]).toContain('Kalix – medborgarlöften');
    expect(pdf.pages[0]).toContain('Lokalpolisområde Östra Norrbotten och Kalix kommun');
    expect(pdf.pages[0]).toContain('Period: 1 januari 2019 – 31 december 2019');
    for (const text of KALIX_PROMISES) expect(pdf.text).toContain(text);
    for (const heading of [
      'Närvaro och trafik',
      'Alkohol och narkotika bland unga',
      'Inbrott och stölder',
      'Problembild',
      'Genomförande',
      'Kommunikation',
      'Uppföljning',
    ])
      expect(pdf.text).toContain(heading);
    expect(pdf.text).toContain('Ansvarig: Polisen och kommunen');
    expect(pdf.text).toContain('I samverkan med: Socialtjänsten');
    expect(pdf.text).toContain('Birgitta Nyström');
    expect(pdf.text).toContain('Åsa Fjällström');
    expect(pdf.text).toContain('Datum: 11 februari 2019');
    expect(pdf.text).not.toContain('UTKAST');
  });

  it('keeps the order of the real documents', async () => {
    const pdf = await readPdf(await renderPromiseSetPdf(kalixDocument(), { generatedAt }));
    const order = [
      'Inledning',
      'Problembild',
      'Våra löften',
      KALIX_PROMISES[0] ?? '',
      'Genomförande ',
      'Kommunikation ',
      'Uppföljning ',
      'Underskrifter',
      'Birgitta Nyström',
    ];
    const positions = order.map((part) => pdf.text.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('numbers every page "Sida n av N" with the version, and carries Swedish metadata', async () => {
    const long = kalixDocument({
      focusAreas: [
        {
          title: 'Trafik',
          commitments: Array.from({ length: 60 }, (_, i) =>
            commitment(`Trafikkontroll nummer ${i + 1} i byarna runt Kalix älv.`),
          ),
        },
      ],
    });
    const bytes = await renderPromiseSetPdf(long, { generatedAt });
    const pdf = await readPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThan(2);
    pdf.pages.forEach((page, index) => {
      expect(page).toContain(`Version 2 · Sida ${index + 1} av ${pdf.pages.length}`);
    });
    expect(pdf.text).toContain('Utskriven 5 mars 2024');
    expect(pdf.info.Title).toBe('Kalix – medborgarlöften');
    expect(pdf.info.Language).toBe('sv-SE');
    expect(bytes.toString('latin1')).toContain('/DisplayDocTitle true');
  });

  it('marks a draft UTKAST on every page', async () => {
    const long = kalixDocument({
      status: 'draft',
      focusAreas: [
        { title: 'Trafik', commitments: Array.from({ length: 50 }, (_, i) => commitment(`Kontroll ${i + 1}.`)) },
      ],
    });
    const pdf = await readPdf(await renderPromiseSetPdf(long, { generatedAt }));
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const page of pdf.pages) expect(page).toContain('UTKAST');
  });

  it('leaves signature lines for each party when nobody has signed yet', async () => {
    const doc = promiseDoc({
      title: null,
      status: 'agreed',
      period: { from: '2022-01-01', to: null },
      focusAreas: [
        {
          title: '',
          commitments: [commitment('Öka närvaron i byarna.', { responsible: ['polisen'], target: count() })],
        },
      ],
    });
    const pdf = await readPdf(await renderPromiseSetPdf(doc, { generatedAt }));
    expect(pdf.pages[0]).toContain('Medborgarlöfte Åsele från 2022');
    expect(pdf.text).toContain('Period: från 1 januari 2022, tills vidare');
    expect(pdf.text).toContain('För Lokalpolisområde Södra Lappland');
    expect(pdf.text).toContain('För Åsele kommun');
    expect(pdf.text).toMatch(/Namnförtydligande: _{10,}/);
    expect(pdf.text).toMatch(/Datum: _{10,}/);
    expect(pdf.text).not.toContain('UTKAST');
  });

  it('prints å ä ö that arrived decomposed, Meänkieli and Sami letters and ≥, and never garbles unknown symbols', async () => {
    const doc = promiseDoc({
      focusAreas: [
        { title: 'Tra\u0308ffar', commitments: [commitment('Minst 2 tra\u0308ffar ≥ 1 gång på A\u030asele torg ☃.')] },
        { title: 'Turvalisuus', commitments: [commitment('Šiljo ja Žan puhuvat kylän väjen kans; Đ ŋ ŧ.')] },
      ],
    });
    const pdf = await readPdf(await renderPromiseSetPdf(doc, { generatedAt }));
    expect(pdf.text).toContain('Träffar');
    expect(pdf.text).toContain('Minst 2 träffar ≥ 1 gång på Åsele torg ?.');
    expect(pdf.text).toContain('Šiljo ja Žan puhuvat kylän väjen kans; Đ ŋ ŧ.');
  });
});
