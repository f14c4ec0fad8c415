import { describe, expect, it } from 'vitest';
import { isPersonnummer, luhnValid, redact } from './redaction.ts';

describe('personnummer', () => {
  it('accepts a valid number with or without century and separator', () => {
    for (const p of ['811218-9876', '8112189876', '19811218-9876', '198112189876', '811218+9876', '811218 9876']) {
      expect(isPersonnummer(p), p).toBe(true);
      expect(redact(`Mitt nummer är ${p}.`).text).toBe('Mitt nummer är [personnummer].');
    }
  });

  it('accepts a samordningsnummer (day + 60)', () => {
    expect(isPersonnummer('701063-2391')).toBe(true);
  });

  it("masks a number with a wrong check digit too: a typing error is still someone's number", () => {
    expect(luhnValid('8112189875')).toBe(false);
    for (const p of ['811218-9875', '19811218-9875', '198112189875', '8112189875', '811218 9875', '701063-2392']) {
      expect(isPersonnummer(p), p).toBe(false);
      expect(redact(`Ärende ${p} gäller`).text, p).toBe('Ärende [personnummer] gäller');
    }
  });

  it('leaves digit runs alone that hold no date', () => {
    for (const p of ['811318-9876', '811200-9876', '123456-7890']) {
      expect(isPersonnummer(p), p).toBe(false);
      expect(redact(`Ärende ${p} gäller`).text).toBe(`Ärende ${p} gäller`);
    }
  });
});

describe('phone numbers', () => {
  it.each([
    ['070-123 45 67'],
    ['0701234567'],
    ['070 123 45 67'],
    ['+46 70 123 45 67'],
    ['+46701234567'],
    ['0046 70 123 45 67'],
    ['08-12 34 56'],
    ['0922-123 45'],
    ['+358 40 123 4567'],
  ])('masks %s', (phone) => {
    const out = redact(`Ring ${phone} efter sex`);
    expect(out.text).toBe('Ring [telefonnummer] efter sex');
    expect(out.findings.map((f) => f.kind)).toEqual(['phone']);
  });

  it('leaves years, amounts and short numbers alone', () => {
    const text = 'Sedan 2019 har 45 bilar kört här, buss 12 går var 20:e minut';
    expect(redact(text).text).toBe(text);
  });
});

describe('e-mail and names', () => {
  it('masks e-mail addresses', () => {
    expect(redact('Skriv till anna.svensson@exempel.se eller åsa@kommun.se').text).toBe(
      'Skriv till [e-post] eller [e-post]',
    );
  });

  it('masks names after "han heter", "hon heter", "jag heter", in any case, keeping the rest', () => {
    expect(redact('Killen som säljer, han heter Kalle Svensson och bor i huset.').text).toBe(
      'Killen som säljer, han heter [namn] och bor i huset.',
    );
    expect(redact('hon heter lisa och hon är snäll').text).toBe('hon heter [namn] och hon är snäll');
    expect(redact('Jag heter Åsa-Britt. Det är mörkt här.').text).toBe('Jag heter [namn]. Det är mörkt här.');
    expect(redact('HAN HETER Nisse').text).toBe('HAN HETER [namn]');
  });

  it('does not touch text without personal data', () => {
    const text = 'Det är för mörkt vid busshållplatsen och ungdomarna kör moped på gångvägen.';
    expect(redact(text)).toEqual({ text, findings: [] });
  });

  it('masks several kinds in one answer and reports where', () => {
    const out = redact('Jag heter Per, ring 0701234567 eller per@exempel.se, pnr 19811218-9876');
    expect(out.text).toBe('Jag heter [namn], ring [telefonnummer] eller [e-post], pnr [personnummer]');
    expect(out.findings.map((f) => f.kind)).toEqual(['name', 'phone', 'email', 'personnummer']);
  });
});

describe('names, addresses and plates in any position', () => {
  it('masks a name standing first with a street and number, and the kinds the issue lists', () => {
    expect(redact('Kalle Svensson på Kyrkogatan 9 langar till ungarna').text).toBe(
      '[namn] på [adress] langar till ungarna',
    );
    expect(redact('Min granne Jonte Qureshi på Björkvägen 12A, bil DEF 45G').text).toBe(
      'Min granne [namn] på [adress], bil [registreringsnummer]',
    );
    expect(redact('Ring 070-555 12 34, +46 70 555 12 34 eller 0920-555 12').text).toBe(
      'Ring [telefonnummer], [telefonnummer] eller [telefonnummer]',
    );
  });

  it('leaves ordinary words that are also names, road numbers, distances and places with names alone', () => {
    for (const text of [
      'Björk och tall har fallit, berg av snö och ingen ström.',
      'Per dag kör 300 bilar här.',
      'Bor i plan 2 och kör på väg 97.',
      'Längs Lulevägen 20 meter från skolan.',
      'Vid Karl-Oskar-statyn och Karl Johans torg.',
      'Det säljs vid ICA, Coop och Systembolaget.',
      'Inga lampor lyser. Hans bil står kvar.',
    ]) {
      expect(redact(text).text, text).toBe(text);
    }
  });

  it("never masks the kommun's own names passed in, even when they look like names", () => {
    const keep = ['Sandberg', 'Lindängen', 'Bostaden AB'];
    expect(redact('Stökigt i Sandberg och Lindängen, Bostaden AB gör inget. Fråga Lisa Holm.', { keep }).text).toBe(
      'Stökigt i Sandberg och Lindängen, Bostaden AB gör inget. Fråga [namn].',
    );
  });
});
