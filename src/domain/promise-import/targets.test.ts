import { describe, expect, it } from 'vitest';
import { parseNumberWord, parseOrdinal } from './numbers.ts';
import { readTargets } from './targets.ts';

const target = (text: string) => readTargets(text).target;

describe('Swedish number words', () => {
  it.each([
    ['två', 2],
    ['tolv', 12],
    ['femton', 15],
    ['tjugo', 20],
    ['femtiotvå', 52],
    ['tjugoen', 21],
    ['trettiotre', 33],
    ['etthundra', 100],
    ['tvåhundrafemtio', 250],
    ['ettusen', 1000],
    ['femtusentvåhundra', 5200],
  ])('%s is %i', (word, value) => {
    expect(parseNumberWord(word)).toBe(value);
  });

  it('refuses words that only look like numbers', () => {
    expect(parseNumberWord('antal')).toBeNull();
    expect(parseNumberWord('tvåårig')).toBeNull();
    expect(parseNumberWord('tretti0')).toBeNull();
  });

  it('reads ordinals for "var tredje"', () => {
    expect(parseOrdinal('tredje')).toBe(3);
    expect(parseOrdinal('14:e')).toBe(14);
    expect(parseOrdinal('tredjedel')).toBeNull();
  });
});

describe('counts and their periods', () => {
  it('"minst två … per halvår" is at least 2 per half year, with the counted object as unit', () => {
    expect(target('Polisen genomför regelbundna operativa insatser minst två gånger per halvår.')).toEqual({
      kind: 'count',
      count: 2,
      atLeast: true,
      max: null,
      per: 'halfyear',
      every: 1,
      average: false,
      unit: 'operativa insatser',
    });
  });

  it.each([
    ['minst två insatser per år', 'year'],
    ['två insatser varje år', 'year'],
    ['två insatser årligen', 'year'],
    ['Under året utföra minst två insatser', 'year'],
    ['två insatser under perioden', 'period'],
    ['två insatser under åren', 'period'],
    ['en gång i månaden', 'month'],
    ['tre kontroller i veckan', 'week'],
    ['två trygghetsvandringar per termin', 'term'],
    ['fyra möten per tertial', 'tertial'],
    ['fyra möten per kvartal', 'quarter'],
    ['2 ggr/år', 'year'],
    ['minst 1 tillfälle/vecka', 'week'],
    ['två träffar om året', 'year'],
    ['minst två insatser', null],
  ])('"%s" has per %s', (text, per) => {
    expect(target(text)).toMatchObject({ kind: 'count', per });
  });

  it('"var tredje vecka" is once every third week; "varannan månad" every second month', () => {
    expect(target('Var tredje vecka besöka fritidsgården')).toMatchObject({
      count: 1,
      per: 'week',
      every: 3,
      atLeast: false,
    });
    expect(target('Polisen håller möte varannan månad')).toMatchObject({ count: 1, per: 'month', every: 2 });
    expect(target('minst två besök var 14:e dag')).toMatchObject({ count: 2, per: 'day', every: 14, atLeast: true });
  });

  it('"varje arbetspass" is once per shift, but "löpande under året" promises no amount', () => {
    expect(target('Varje arbetspass')).toMatchObject({ kind: 'count', count: 1, per: 'shift' });
    expect(target('Löpande under året')).toEqual({ kind: 'none' });
    expect(target('Vid behov')).toEqual({ kind: 'none' });
  });

  it('"i snitt per vecka" is an average', () => {
    expect(target('Genomföra minst tre medborgarkontakter i snitt per vecka på utvalda platser')).toMatchObject({
      count: 3,
      atLeast: true,
      per: 'week',
      average: true,
      unit: 'medborgarkontakter',
    });
    expect(target('i genomsnitt fem kontroller per månad')).toMatchObject({ count: 5, average: true });
  });

  it('reads number words, compounds included, and a digit that repeats the word once', () => {
    expect(target('Polisen lagför femtiotvå narkotikabrott')).toMatchObject({ count: 52, unit: 'narkotikabrott' });
    expect(target('minst två 2 aktivitetstillfällen')).toMatchObject({ count: 2, unit: 'aktivitetstillfällen' });
    expect(readTargets('minst två 2 aktivitetstillfällen').targets).toEqual([]);
  });

  it('reads ranges and upper bounds', () => {
    expect(target('två till tre trygghetsvandringar per termin')).toMatchObject({
      count: 2,
      max: 3,
      atLeast: false,
      per: 'term',
    });
    expect(target('Polisen gör 2–3 besök per vecka')).toMatchObject({ count: 2, max: 3 });
    expect(target('upp till fem övningar')).toMatchObject({ count: 5, max: 5, atLeast: false });
    expect(target('som minst 1 gång i månaden')).toMatchObject({ count: 1, atLeast: true, per: 'month' });
    expect(target('inte färre än sex kontroller per år')).toMatchObject({ count: 6, atLeast: true });
  });

  it('"ett tiotal" is 10, with a warning', () => {
    const r = readTargets('Polisen ska genomföra ett tiotal insatser under perioden.');
    expect(r.target).toMatchObject({ count: 10, per: 'period' });
    expect(r.warnings).toEqual([
      'Ungefärligt antal "ett tiotal" tolkades som 10: "Polisen ska genomföra ett tiotal insatser under perioden."',
    ]);
  });

  it('"en"/"ett" is an article unless a qualifier, a frequency or "i respektive" makes it a count', () => {
    expect(target('Genomföra en enkätundersökning bland unga.')).toEqual({ kind: 'none' });
    expect(target('En inriktning där är A-traktorerna.')).toEqual({ kind: 'none' });
    expect(target('Minst en trygghetsvandring ska genomföras.')).toMatchObject({ count: 1, atLeast: true });
    expect(target('Polisen ska hålla öppet hus en gång i månaden.')).toMatchObject({ count: 1, per: 'month' });
    expect(target('en trygghetsvandring i respektive stadsdel')).toMatchObject({ count: 1 });
    expect(target('Information om sex och samlevnad')).toEqual({ kind: 'none' });
  });

  it('vague amounts are no target', () => {
    for (const text of [
      'ett antal insatser',
      'flera kontroller',
      'regelbundna insatser',
      'återkommande besök',
      'löpande arbete',
    ]) {
      expect(target(text)).toEqual({ kind: 'none' });
    }
  });
});

describe('numbers that are not targets', () => {
  it.each([
    'Klassrumsbesök i år 6–9 och i åk 7.',
    'Stöd till barn 0–17 år och unga 16-84 år.',
    'Lagföring enligt 14 kap. 1 § brottsbalken.',
    'Avtalet löper på fyra år från 2019.',
    'Dialogmöte sker den 12 mars 2022 kl. 18.00.',
    'Gäller från 1/1 2019.',
  ])('"%s" has no target', (text) => {
    expect(target(text)).toEqual({ kind: 'none' });
  });

  it('"200 stycken 20 minuters trafikkontroller" counts 200 controls, not 20 minutes', () => {
    expect(target('minst 200 stycken 20 minuters trafikkontroller')).toMatchObject({
      count: 200,
      atLeast: true,
      unit: '20 minuters trafikkontroller',
    });
  });

  it('a school-year range named again later is still not a count', () => {
    expect(target('Besöka klasserna år 6-9, 1 gång per år Temadag för 6-9 årligen')).toMatchObject({
      count: 1,
      per: 'year',
      unit: 'gång',
    });
  });
});

describe('shares and several amounts', () => {
  it('"varav minst 20 procent" is a share after the first count', () => {
    const r = readTargets(
      'Polisen ska lagföra 52 narkotikabrott varav minst 20 procent ska vara förstagångsanvändare.',
    );
    expect(r.target).toMatchObject({ kind: 'count', count: 52, unit: 'narkotikabrott' });
    expect(r.targets).toEqual([
      { target: { kind: 'share', percent: 20, atLeast: true, unit: 'förstagångsanvändare' }, place: null },
    ]);
  });

  it('a share alone is the target', () => {
    expect(target('Minst 20 % av eleverna ska nås av informationen')).toEqual({
      kind: 'share',
      percent: 20,
      atLeast: true,
      unit: 'eleverna',
    });
  });

  it('several amounts keep their places, "motsvarande antal" repeats the first', () => {
    const r = readTargets('Minst 800 registrerade tillfällen på Råslätt och motsvarande antal på Öxnehaga.');
    expect(r.target).toMatchObject({ count: 800, atLeast: true, unit: 'registrerade tillfällen' });
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]).toMatchObject({ place: 'Öxnehaga', target: { count: 800, atLeast: true } });
    expect(r.places).toEqual(['Råslätt', 'Öxnehaga']);
  });

  it('each amount takes the period written after it', () => {
    const r = readTargets('minst 10 kontroller per månad i Centrum och minst 5 per kvartal i Byn');
    expect(r.target).toMatchObject({ count: 10, per: 'month' });
    expect(r.targets).toEqual([
      {
        target: {
          kind: 'count',
          count: 5,
          atLeast: true,
          max: null,
          per: 'quarter',
          every: 1,
          average: false,
          unit: 'kontroller',
        },
        place: 'Byn',
      },
    ]);
  });
});
