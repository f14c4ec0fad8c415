import { describe, expect, it } from 'vitest';
import { importPromiseText } from './index.ts';

const LIST = `
Polisen lovar att:
- genomföra minst fyra trafikkontroller per månad.
`;
const read = (text: string) => importPromiseText(text);
const names = (text: string) => read(text).municipalities.map((m) => m.name);

describe('the kommun', () => {
  it('is found when named twice without "kommun"', () => {
    const text = `Medborgarlöfte 2027\n\nMånga som bor i Kalix känner sig otrygga. Polisen och kommunen vill att alla i Kalix ska känna sig trygga.\n${LIST}`;
    expect(names(text)).toEqual(['Kalix']);
    expect(read(text).warnings).not.toContain('Ingen kommun kunde identifieras i texten.');
  });

  it('is found in the title without "kommun"', () => {
    expect(names(`Tryggare Bjurholm 2026\n${LIST}`)).toEqual(['Bjurholm']);
  });

  it('is not taken from an everyday word that is also a kommun name, nor from a single mention', () => {
    const text = `Medborgarlöfte 2027\n\nVi vill att alla ska Vara trygga på Mark och vägar. Polisen samverkar med Umeå i frågor om narkotika.\n${LIST}`;
    expect(names(text)).toEqual([]);
    expect(read(text).warnings).toContain('Ingen kommun kunde identifieras i texten.');
  });

  it('prefers "X kommun" over other places named in the text', () => {
    expect(
      names(
        `Medborgarlöfte 2026\n\nStorumans kommun och polisen har talat med boende i Tärnaby och Hemavan, i Umeå och i Umeå.\n${LIST}`,
      ),
    ).toEqual(['Storuman']);
  });
});

describe('the title', () => {
  it.each([
    [
      `https://www.exempel.se/medborgarlofte\n\n2025-11-03\n\nBakgrund\n\nText om bakgrunden.\n\nMedborgarlöfte Vännäs 2026\n${LIST}`,
      'Medborgarlöfte Vännäs 2026',
    ],
    [
      `Medborgarlöfte för Kalix 2027.\n\nPolisen och kommunen har tagit fram löftet.\n\nTrygghet i centrum\n${LIST}`,
      'Medborgarlöfte för Kalix 2027',
    ],
    [`Bakgrund\n\nText om bakgrunden.\n\nTryggare skolvägar i Bjurholm\n${LIST}`, 'Tryggare skolvägar i Bjurholm'],
    [
      `Hoppa till huvudinnehåll\n\nStart / Trygghet och säkerhet / Medborgarlöfte\n\nMedborgarlöfte 2026\n${LIST}`,
      'Medborgarlöfte 2026',
    ],
    [`Mål\n\nMinskad brottslighet.\n\nBakgrund\n\nText.\n${LIST}`, null],
  ])('is the document’s own title (%#)', (text, title) => {
    expect(read(text).title).toBe(title);
  });
});
