import { describe, expect, it } from 'vitest';
import { importPromiseText } from './index.ts';

const LIST = `
Polisen lovar att:
- genomföra minst fyra trafikkontroller per månad.
`;
const period = (head: string, tail = '') => importPromiseText(`${head}\n${LIST}\n${tail}`).period;

describe('the promise period', () => {
  it.each([
    ['Medborgarlöfte 2017', { from: '2017-01-01', to: '2017-12-31' }],
    ['Medborgarlöfte för Kalix 2027.', { from: '2027-01-01', to: '2027-12-31' }],
    ['Medborgarlöfte Boden 2026–2027', { from: '2026-01-01', to: '2027-12-31' }],
    ['Trygghetslöfte Piteå 2025/2026', { from: '2025-01-01', to: '2026-12-31' }],
  ])('is read from the title "%s"', (title, expected) => {
    expect(period(title)).toEqual(expected);
  });

  it.each([
    ['Detta medborgarlöfte gäller för åren 2025 och 2026.', { from: '2025-01-01', to: '2026-12-31' }],
    ['Löftet gäller till och med 31 december 2026.', { from: '2026-01-01', to: '2026-12-31' }],
    ['Medborgarlöftet omfattar läsåret 2026/27.', { from: '2026-08-01', to: '2027-06-30' }],
    ['Löftet löper under läsåret 2025–2026 och följs upp varje höst.', { from: '2025-08-01', to: '2026-06-30' }],
    ['Vårt gemensamma löfte gäller från och med 1 mars 2026.', { from: '2026-03-01', to: null }],
    ['Löftet gäller fr.o.m. 2025-01-01 t.o.m. 2025-12-31.', { from: '2025-01-01', to: '2025-12-31' }],
    ['Under 2026 lovar polisen och kommunen att arbeta med trafik.', { from: '2026-01-01', to: '2026-12-31' }],
    ['I medborgarlöftet för 2026–2027 har vi valt två fokusområden.', { from: '2026-01-01', to: '2027-12-31' }],
    ['Löftet sträcker sig över två år, 2026–2027.', { from: '2026-01-01', to: '2027-12-31' }],
    ['Medborgarlöftet ska genomföras under 2026 och 2027.', { from: '2026-01-01', to: '2027-12-31' }],
    ['Löftesperiod: höstterminen 2025 till och med vårterminen 2026', { from: '2025-08-01', to: '2026-06-30' }],
    ['Gäller: 2026', { from: '2026-01-01', to: '2026-12-31' }],
    ['Gäller 2026–2027', { from: '2026-01-01', to: '2027-12-31' }],
    ['Löftet gäller i två år från och med 2026.', { from: '2026-01-01', to: '2027-12-31' }],
    ['Löftet börjar gälla 1 februari 2026 och gäller ett år.', { from: '2026-02-01', to: '2027-01-31' }],
    [
      'Kommunen och polisen tecknade i december 2025 ett nytt löfte som gäller 2026.',
      { from: '2026-01-01', to: '2026-12-31' },
    ],
  ])('is read from the introduction: "%s"', (sentence, expected) => {
    expect(period('Tryggare tillsammans', sentence)).toEqual(expected);
    expect(period(`Tryggare tillsammans\n\n${sentence}`)).toEqual(expected);
  });

  it('is read from a bullet about the promise’s validity', () => {
    const doc = importPromiseText(`MEDBORGARLÖFTE ÅSELE

Om löftet
- Löftet är framtaget av polisen och Åsele kommun.
- Löftet gäller 2026–2027.
${LIST}`);
    expect(doc.period).toEqual({ from: '2026-01-01', to: '2027-12-31' });
  });

  it('starts an end-only period on the signing day when the promise is signed', () => {
    const doc = importPromiseText(`Medborgarlöfte Lycksele

Löftet gäller till och med den 30 juni 2027.
${LIST}
Lycksele 2026-09-01

Karin Olsson
Kommunstyrelsens ordförande
`);
    expect(doc.period).toEqual({ from: '2026-09-01', to: '2027-06-30' });
    expect(doc.warnings.join(' ')).toMatch(/slutar/);
  });

  it('never takes the period of an earlier promise named on the same page', () => {
    const doc = importPromiseText(`Bakgrund

Under 2023 års medborgarlöfte låg fokus på trafik. Det tidigare medborgarlöftet 2024–2025 handlade om narkotika.

Medborgarlöfte 2026
${LIST}`);
    expect(doc.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('takes the newest of several dated promises on one page, and not the agreement’s period', () => {
    const older = '\nPolisen lovar att:\n- genomföra narkotikainsatser i byarna.\n';
    expect(
      importPromiseText(`Medborgarlöften i Lycksele\n\nMedborgarlöfte 2022\n${older}\nMedborgarlöfte 2024\n${LIST}`)
        .period,
    ).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(
      importPromiseText(`Medborgarlöfte 2026\n${LIST}\nSamverkansöverenskommelse\n\nAvtalsperiod 2024–2027.\n`).period,
    ).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('gives no period when only the signing date is known', () => {
    const doc = importPromiseText(
      `Tryggare Lycksele\n${LIST}\nLycksele 2025-12-15\n\nKarin Olsson\nKommunstyrelsens ordförande\n`,
    );
    expect(doc.period).toBeNull();
    expect(doc.signedAt).toBe('2025-12-15');
  });

  it('reads a year standing alone on a line under the title', () => {
    expect(period('Medborgarlöfte\nLycksele kommun och Polisen\n2026')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('skips a sentence about the follow-up of an earlier promise', () => {
    const doc = importPromiseText(
      `Tryggare Lycksele\n\nUppföljningen av 2024 års medborgarlöfte visade att fler känner sig trygga.\n\nMedborgarlöfte 2025\n${LIST}`,
    );
    expect(doc.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('treats "varje höst" as a frequency, not as the period', () => {
    const doc = importPromiseText(
      `Tryggare Sorsele\n\nPolisen lovar att:\n- genomföra en trygghetsvandring varje höst.\n`,
    );
    expect(doc.period).toBeNull();
  });
});
