/** Small files in the shapes BRÅ, Polisen and SCB publish, made here so tests need no outside data. */

/** BRÅ's file bytes as text: byte-order mark, `;`, CRLF. */
export function braFile(lines: string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The 2023+ layout: a header, a national total, thousands separators, ".." and "-". */
export const BRA_2023 = braFile([
  'Kommun;Antal;Per 100 000 inv.',
  'Riket;1 477 386;14 034,6',
  'Kalix;1 204;7 025,3',
  'Haparanda;..;..',
  'Övertorneå;-;0',
  'Stockholm;152 611;15 484,2',
  'Arjeplog;180;',
]);

/** The 2021 layout: no header, "X kommun", genitives, Stockholm's districts as extra rows. */
export const BRA_2021 = braFile([
  'Hela landet;1 509 592;14 517,0',
  'Ale kommun;2 537;7 946,4',
  'Arjeplogs kommun;211;7 130,2',
  'Falu kommun;5 402;9 008,1',
  'Malung–Sälens kommun;687;6 610,5',
  'Stockholms stad;160 112;16 182,2',
  'Rinkeby-Kista;9 870;19 601,3',
  'Södermalm;21 004;15 120,9',
  'Kalix kommun;1 180;7 003,0',
]);

export interface FeedEvent {
  id: number;
  datetime: string;
  name: string;
  summary: string;
  url: string;
  type: string;
  location: { name: string; gps: string };
}

const GPS: Record<string, string> = {
  Kalix: '65.85,23.15',
  Haparanda: '65.83,24.13',
  'Norrbottens län': '66.83,20.39',
};

export function feedEvent(id: number, datetime: string, type: string, place: string, summary = 'Händelse.'): FeedEvent {
  const day = datetime.slice(0, 10);
  return {
    id,
    datetime,
    summary,
    type,
    name: `${day}, ${type}, ${place}`,
    url: `/aktuellt/handelser/${day.replace(/-/g, '/')}/${id}/`,
    location: { name: place, gps: GPS[place] ?? '65.0,22.0' },
  };
}

/** Two months of Kalix events, a Haparanda one, a län one and a summary. */
export const FEED_A: FeedEvent[] = [
  feedEvent(1001, '2024-03-02 21:05:10 +01:00', 'Narkotikabrott', 'Kalix'),
  feedEvent(1002, '2024-03-15 9:40:00 +01:00', 'Trafikolycka,  personskada', 'Kalix'),
  feedEvent(1003, '2024-04-01 14:00:00 +02:00', 'Misshandel', 'Kalix'),
  feedEvent(1004, '2024-04-03 02:10:00 +02:00', 'Ofog barn/ungdom', 'Haparanda'),
  feedEvent(1005, '2024-04-04 11:11:11 +02:00', 'Rattfylleri', 'Norrbottens län'),
  feedEvent(1006, '2024-04-05 06:00:00 +02:00', 'Sammanfattning natt', 'Norrbottens län'),
];

/** Overlaps FEED_A on 1003 (edited summary) and 1004, adds 1007 (a type not in the list) and 1008. */
export const FEED_B: FeedEvent[] = [
  { ...feedEvent(1003, '2024-04-01 14:00:00 +02:00', 'Misshandel', 'Kalix'), summary: 'Uppdaterad: en person gripen.' },
  feedEvent(1004, '2024-04-03 02:10:00 +02:00', 'Ofog barn/ungdom', 'Haparanda'),
  feedEvent(1007, '2024-04-20 23:59:00 +02:00', 'Drönarlarm', 'Kalix'),
  feedEvent(1008, '2024-04-21 0:05:00 +02:00', 'Narkotikabrott', 'Kalix'),
];

/** SCB PxWeb JSON for folkmängd per kommun and year. */
export function scbFile(entries: [region: string, year: string, value: string][], withColumns = true): string {
  return JSON.stringify({
    ...(withColumns
      ? {
          columns: [
            { code: 'Region', text: 'region', type: 'd' },
            { code: 'Tid', text: 'år', type: 't' },
            { code: 'BE0101N1', text: 'Folkmängd', type: 'c' },
          ],
        }
      : {}),
    data: entries.map(([region, year, value]) => ({ key: [region, year], values: [value] })),
  });
}

/** SCB's PxWeb API v2 answer (JSON-stat 2.0): regions × one content (BE0101N1) × years, values row-major. */
export function jsonStatFile(
  regions: [code: string, label: string][],
  years: string[],
  values: (number | null)[],
  status: Record<string, string> = {},
): string {
  const index = (codes: string[]) => Object.fromEntries(codes.map((c, i) => [c, i]));
  return JSON.stringify({
    version: '2.0',
    class: 'dataset',
    label: 'Folkmängden per region och år',
    source: 'SCB',
    updated: '2025-02-20T07:00:00Z',
    id: ['Region', 'ContentsCode', 'Tid'],
    size: [regions.length, 1, years.length],
    dimension: {
      Region: {
        label: 'region',
        category: { index: index(regions.map(([c]) => c)), label: Object.fromEntries(regions) },
      },
      ContentsCode: { label: 'tabellinnehåll', category: { index: { BE0101N1: 0 }, label: { BE0101N1: 'Folkmängd' } } },
      Tid: { label: 'år', category: { index: index(years), label: Object.fromEntries(years.map((y) => [y, y])) } },
    },
    value: values,
    status,
    role: { time: ['Tid'], metric: ['ContentsCode'], geo: ['Region'] },
  });
}

export const JSON_STAT = jsonStatFile(
  [
    ['00', 'Riket'],
    ['25', 'Norrbottens län'],
    ['2514', 'Kalix'],
  ],
  ['2021', '2022', '2023'],
  [10452326, 10521556, 10551707, 249693, 249325, 248480, 16912, null, 16852],
  { '7': '..' },
);
