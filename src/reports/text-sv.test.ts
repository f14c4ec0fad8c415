import { describe, expect, it } from 'vitest';
import { pdfSafe } from './pdf-common.ts';
import { commitment, promiseDoc } from './test-fixtures.ts';
import { commitmentNoteSv, signaturesOf } from './promise-content.ts';
import {
  documentTitleSv,
  formatDateSv,
  partiesLineSv,
  partiesSv,
  periodShortSv,
  periodSv,
  splitProse,
} from './text-sv.ts';

describe('Swedish wording', () => {
  it('writes dates and periods in words', () => {
    expect(formatDateSv('2020-01-01')).toBe('1 januari 2020');
    expect(periodSv({ from: '2020-01-01', to: '2021-12-31' })).toBe('1 januari 2020 – 31 december 2021');
    expect(periodSv({ from: '2022-01-01', to: null })).toBe('från 1 januari 2022, tills vidare');
    expect(periodSv(null)).toBeNull();
    expect(periodShortSv({ from: '2019-01-01', to: '2019-12-31' })).toBe('2019');
    expect(periodShortSv({ from: '2019-11-28', to: '2021-05-31' })).toBe('28 november 2019 – 31 maj 2021');
  });

  it('names the parties as the documents do', () => {
    expect(
      partiesLineSv(promiseDoc({ policeArea: 'Östra Norrbotten', municipalities: [{ code: '2514', name: 'Kalix' }] })),
    ).toBe('Lokalpolisområde Östra Norrbotten och Kalix kommun');
    expect(
      partiesLineSv(
        promiseDoc({
          policeArea: 'Lokalpolisområde Umeå',
          municipalities: [
            { code: null, name: 'Haparanda stad' },
            { code: null, name: 'Kalix' },
          ],
        }),
      ),
    ).toBe('Lokalpolisområde Umeå, Haparanda stad och Kalix kommun');
    expect(partiesSv(['polisen', 'kommunen', 'socialtjänsten'])).toBe('Polisen, kommunen och socialtjänsten');
  });

  it('makes a title when the document has none', () => {
    const doc = promiseDoc({
      title: null,
      municipalities: [{ code: '2514', name: 'Kalix' }],
      period: { from: '2020-01-01', to: '2021-12-31' },
    });
    expect(documentTitleSv(doc)).toBe('Medborgarlöfte Kalix 2020–2021');
    expect(documentTitleSv({ ...doc, period: { from: '2022-01-01', to: null } })).toBe(
      'Medborgarlöfte Kalix från 2022',
    );
  });

  it('splits prose into paragraphs and bullets', () => {
    expect(splitProse('Första raden\nfortsätter.\n\n- Polisiär närvaro.\n• Narkotika.\nSlut.')).toEqual([
      { kind: 'paragraph', text: 'Första raden fortsätter.' },
      { kind: 'bullet', text: 'Polisiär närvaro.' },
      { kind: 'bullet', text: 'Narkotika.' },
      { kind: 'paragraph', text: 'Slut.' },
    ]);
  });

  it('says who answers for a promise, its partners and its condition', () => {
    const note = commitmentNoteSv(
      commitment('x', {
        responsible: ['polisen', 'kommunen'],
        partners: ['socialtjänsten'],
        owner: 'Anna Berg',
        condition: 'om underrättelseläget medger',
      }),
    );
    expect(note).toBe(
      'Ansvarig: Polisen och kommunen (Anna Berg) · I samverkan med: Socialtjänsten · Villkor: om underrättelseläget medger',
    );
    expect(commitmentNoteSv(commitment('x'))).toBeNull();
  });

  it('leaves blank signature blocks for each party when nobody has signed', () => {
    const blank = signaturesOf(
      promiseDoc({ policeArea: 'Östra Norrbotten', municipalities: [{ code: null, name: 'Kalix' }] }),
    );
    expect(blank.map((s) => s.label)).toEqual(['För Lokalpolisområde Östra Norrbotten', 'För Kalix kommun']);
    expect(blank.every((s) => s.name === null && s.date === null)).toBe(true);
  });
});

describe('pdfSafe', () => {
  it('keeps the letters the embedded font has, composes decomposed ones and replaces what it cannot show', () => {
    expect(pdfSafe('Åsele – “öppet” ÄÖ é')).toBe('Åsele – “öppet” ÄÖ é');
    expect(pdfSafe('A\u030asele')).toBe('Åsele');
    expect(pdfSafe('≥ 5 \u2212 2 ☃')).toBe('≥ 5 \u2212 2 ?');
    expect(pdfSafe('š ž đ ŋ ŧ Š Ž Đ Ŋ Ŧ')).toBe('š ž đ ŋ ŧ Š Ž Đ Ŋ Ŧ');
    expect(pdfSafe('trafik\u00adkontroller')).toBe('trafikkontroller');
  });
});
