import { describe, expect, it } from 'vitest';
import { parseEventDateTime, parsePolisenEvents } from './polisen.ts';
import { categoryOfType, isSummaryType, normaliseEventType } from './polisen-types.ts';

const event = (over: Record<string, unknown> = {}) => ({
  id: 1,
  datetime: '2021-07-19 16:44:53 +02:00',
  name: '19 juli 16:40, Trafikolycka, Eskilstuna',
  summary: 'Två bilar.',
  url: '/aktuellt/handelser/2021/juli/19/x/',
  type: 'Trafikolycka',
  location: { name: 'Eskilstuna', gps: '59.37,16.51' },
  ...over,
});

describe('Polisen event feed', () => {
  it('reads an event: kommun resolved, local day kept, type mapped, raw type kept', () => {
    const r = parsePolisenEvents(JSON.stringify([event({ type: 'Trafikolycka,  personskada ' })]));
    expect(r.problems).toEqual([]);
    expect(r.rows[0]).toMatchObject({
      id: 1,
      occurredAt: '2021-07-19T16:44:53+02:00',
      localDate: '2021-07-19',
      municipalityCode: '0484',
      rawType: 'Trafikolycka,  personskada ',
      type: 'Trafikolycka, personskada',
      category: 'trafik',
      locationName: 'Eskilstuna',
    });
  });

  it('accepts an hour without a leading zero and keeps the day as written in Swedish time', () => {
    expect(parseEventDateTime('2021-07-19 6:04:53 +02:00')).toEqual({
      iso: '2021-07-19T06:04:53+02:00',
      localDate: '2021-07-19',
    });
    expect(parseEventDateTime('2024-01-01 0:30:00 +01:00')?.localDate).toBe('2024-01-01');
    expect(parseEventDateTime('2021-02-30 10:00:00 +01:00')).toBeNull();
    expect(parseEventDateTime('19 juli 16:40')).toBeNull();
  });

  it('keeps a län as an unresolved place', () => {
    const r = parsePolisenEvents(
      JSON.stringify([event({ location: { name: 'Västra Götalands län', gps: '58.25,13.05' } })]),
    );
    expect(r.rows[0]).toMatchObject({ locationName: 'Västra Götalands län', municipalityCode: null });
  });

  it('maps unknown types to "övrigt" and skips summaries with a notice', () => {
    const r = parsePolisenEvents(
      JSON.stringify([event({ id: 1, type: 'Helt ny typ' }), event({ id: 2, type: 'Sammanfattning  kväll och natt' })]),
    );
    expect(r.rows.map((e) => [e.id, e.category, e.rawType])).toEqual([[1, 'övrigt', 'Helt ny typ']]);
    expect(r.skipped).toEqual([
      expect.objectContaining({ line: 2, reason: expect.stringContaining('sammanfattning') }),
    ]);
  });

  it('keeps an id once when a file repeats it', () => {
    const r = parsePolisenEvents(JSON.stringify([event({ id: 7 }), event({ id: 7 })]));
    expect(r.rows).toHaveLength(1);
    expect(r.skipped[0]).toMatchObject({ line: 2, reason: expect.stringContaining('samma id (7) som post 1') });
  });

  it('reports every bad event by its position', () => {
    const r = parsePolisenEvents(
      JSON.stringify([
        event(),
        event({ id: 'x' }),
        'text',
        event({ id: 3, datetime: 'igår', type: '' }),
        event({ id: 4, location: null }),
      ]),
    );
    expect(r.problems.map((p) => [p.line, p.messageEn])).toEqual([
      [2, 'id is missing or not a positive integer'],
      [3, 'entry 3 is not an event (expected an object)'],
      [4, 'invalid datetime "igår"'],
      [4, 'type is missing'],
      [5, 'location.name is missing'],
    ]);
  });

  it.each([
    ['invalid JSON', '[{"id": 1,', 'Ogiltig JSON'],
    ['an object instead of a list', JSON.stringify({ events: [event()] }), 'Fel JSON-format'],
    ['an empty list', '[]', 'inga händelser'],
    ['empty', '  ', 'tom'],
    ['binary', '\u0000\u00ff\u0001\u0002', 'binärfil'],
  ])('refuses %s', (_what, text, word) => {
    const r = parsePolisenEvents(text);
    expect(r.rows).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining(word) })]);
  });
});

describe('event types', () => {
  it.each([
    ['Narkotikabrott', 'narkotika'],
    ['Rattfylleri', 'trafik'],
    ['Trafikkontroll', 'trafik'],
    ['Inbrott', 'stöld och inbrott'],
    ['Stöld', 'stöld och inbrott'],
    ['Skadegörelse', 'skadegörelse'],
    ['Misshandel', 'våld och hot'],
    ['Olaga hot', 'våld och hot'],
    ['Rån', 'rån'],
    ['Ofog barn/ungdom', 'ordning och ofog'],
    ['Ordningslagen', 'ordning och ofog'],
    ['Fylleri/LOB', 'ordning och ofog'],
    ['Brand', 'brand'],
    ['SKOTTLOSSNING', 'vapen och sprängning'],
    ['Anträffad död', 'övrigt'],
  ])('%s → %s', (type, category) => {
    expect(categoryOfType(type)).toBe(category);
  });

  it('normalises spaces and recognises summaries', () => {
    expect(normaliseEventType('  Ofog  barn/ungdom ')).toBe('Ofog barn/ungdom');
    expect(isSummaryType('Sammanfattning natt')).toBe(true);
    expect(isSummaryType('Misshandel')).toBe(false);
  });
});
