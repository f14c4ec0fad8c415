/**
 * The lägesbild built from imported statistics (BRÅ, SCB, Polisen), a
 * survey and a dialogue: the crime section shows each category's series
 * with charts and tables, Polisen's events per month, the sources, and
 * the ranked problems; "Föreslå text från statistiken" fills the text on
 * the extent of crime without overwriting the analyst's own words unless
 * asked. axe-core (WCAG 2.2 AA) checks the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  newPage,
  signIn,
  startServer,
  waitForH1,
  WCAG_22_AA,
  type Server,
} from './support.ts';
import { apiClient, COORDINATOR, textOf } from './work-support.ts';
import { kalixWithAreas, publishedSurvey } from '../test/surveys/helpers.ts';

let server: Server;
let browser: Browser;
const year = new Date().getFullYear();
const years = [year - 4, year - 3, year - 2, year - 1];

/** BRÅ's yearly file: Kalix without a rate (SCB's population gives it), the län and the country with theirs. */
const braFile = (kalix: number, lan: [number, string], riket: [number, string]) =>
  `\uFEFF${[
    'Kommun;Antal;Per 100 000 inv.',
    `Kalix;${kalix};`,
    `Norrbottens län;${lan[0]};${lan[1]}`,
    `Riket;${riket[0]};${riket[1]}`,
  ].join('\r\n')}\r\n`;

function scbFile(): string {
  return JSON.stringify({
    columns: [
      { code: 'Region', type: 'd' },
      { code: 'Tid', type: 't' },
      { code: 'BE0101N1', type: 'c' },
    ],
    data: years.map((y) => ({ key: ['2514', String(y)], values: ['16000'] })),
  });
}

function polisenFile(): string {
  const events = [
    ['01-14', 'Inbrott'],
    ['01-22', 'Inbrott'],
    ['03-05', 'Rattfylleri'],
    ['06-18', 'Skadegörelse'],
    ['06-19', 'Skadegörelse'],
    ['11-30', 'Narkotikabrott'],
  ].map(([day, type], i) => ({
    id: 9_000_000 + i,
    datetime: `${year - 1}-${day} 21:15:00 +01:00`,
    name: `${year - 1}-${day}, ${type}, Kalix`,
    summary: `${type} i Kalix.`,
    url: `/aktuellt/handelser/test/${i}/`,
    type,
    location: { name: 'Kalix', gps: '65.85,23.14' },
  }));
  return JSON.stringify(events);
}

async function buildPicture(): Promise<void> {
  const coordinator = await apiClient(server, COORDINATOR);
  const counts = [1000, 1100, 1200, 1400];
  const lan: [number, string][] = [
    [20000, '8 000,0'],
    [21000, '8 400,0'],
    [22000, '8 800,0'],
    [21500, '8 600,0'],
  ];
  const riket: [number, string][] = [
    [1_400_000, '13 500,0'],
    [1_450_000, '13 800,0'],
    [1_500_000, '14 200,0'],
    [1_380_000, '13 100,0'],
  ];
  for (const [i, y] of years.entries()) {
    const res = await coordinator.request('POST', '/api/v1/statistics/imports', {
      source: 'bra',
      year: y,
      content: braFile(counts[i]!, lan[i]!, riket[i]!),
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  for (const content of [scbFile(), polisenFile()]) {
    const source = content.includes('BE0101N1') ? 'scb' : 'polisen';
    const res = await coordinator.request('POST', '/api/v1/statistics/imports', { source, content });
    expect(res.statusCode, res.body).toBe(201);
  }
  const kalix = await kalixWithAreas(server.ctx);
  const survey = await publishedSurvey(coordinator, kalix.id);
  for (let i = 0; i < 6; i++) {
    const res = await coordinator.request('POST', `/api/v1/surveys/${survey.id}/responses`, {
      answers: { area: kalix.areas.centrum, problems: { speeding: 'very_big', drug_dealing: 'small' } },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const dialogue = await coordinator.request('POST', '/api/v1/dialogues', {
    kommun: '2514',
    kind: 'medborgardialog',
    date: `${year}-01-15`,
    place: 'Folkets hus',
    participants: { boende: 14 },
    findings: [{ text: 'Inbrott i förråd på Näsbyn', category: 'tillgreppsbrott', seriousness: 4 }],
  });
  expect(dialogue.statusCode, dialogue.body).toBe(201);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await buildPicture();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the lägesbild from imported statistics, a survey and a dialogue', () => {
  it('shows the crime section with charts and tables, the ranked problems, and proposes the text', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, server.baseUrl, COORDINATOR);
    await page.goto(`${server.baseUrl}/app/lagesbild`);
    await waitForH1(page, 'Lägesbild');

    const crime = page.getByRole('region', { name: 'Brottslighetens omfattning' });
    await crime.getByRole('heading', { level: 3, name: 'Samtliga brott' }).waitFor();
    await crime.locator('.crime-chart svg').first().waitFor();
    expect(await crime.locator('.crime-chart svg').count()).toBe(2);
    const span = `${year - 4}–${year - 2}`;
    expect(await textOf(page, '.crime-comparisons li')).toEqual([
      `Kalix kommun: 1 400 brott ${year - 1} mot i snitt 1 100 brott per år ${span}; 27,3 procent högre per 100 000 invånare.`,
      `Norrbottens län: 21 500 brott ${year - 1} mot i snitt 21 000 brott per år ${span}; 2,4 procent högre per 100 000 invånare.`,
      `Riket: 1 380 000 brott ${year - 1} mot i snitt 1 450 000 brott per år ${span}; 5,3 procent lägre per 100 000 invånare.`,
    ]);
    await crime
      .getByText(
        'Diagrammet visar samtliga brott, per 100 000 invånare, per år för Kalix kommun, Norrbottens län, Riket.',
        {
          exact: false,
        },
      )
      .waitFor();
    const yearsTable = crime.getByRole('table', { name: 'Samtliga brott: anmälda brott per år' });
    expect((await textOf(page, '.crime-table tbody tr th')).slice(0, 4)).toEqual(years.map(String));
    await yearsTable.waitFor();
    const events = crime.getByRole('table', { name: `Polisens händelser per typ och månad ${year - 1}` });
    expect(await events.locator('tbody tr').first().textContent()).toMatch(/^Inbrott2/);
    await crime.getByText(/Källor: BRÅ, anmälda brott \(inläst/).waitFor();

    await page.getByRole('table', { name: 'Problem i rangordning med poäng per källa' }).waitFor();
    expect(await page.locator('.ranking-chart svg').count()).toBe(1);

    const field = page.getByLabel('Brottslighetens omfattning och karaktär');
    await page.getByRole('button', { name: 'Föreslå text från statistiken' }).click();
    await page.getByRole('status').getByText('Förslaget står nu i fältet.').waitFor();
    expect(await field.inputValue()).toMatch(/^Samtliga brott: År \d{4} anmäldes 1\s400 brott i Kalix kommun/);

    // The analyst's own words stay unless the analyst chooses otherwise.
    await field.fill('Vår egen bedömning.');
    await page.getByRole('button', { name: 'Föreslå text från statistiken' }).click();
    await page.getByText('Fältet har redan text. Vad ska hända med den?').waitFor();
    const violations = await axeViolations(page, WCAG_22_AA);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByRole('button', { name: 'Lägg till förslaget efter min text' }).click();
    expect(await field.inputValue()).toMatch(/^Vår egen bedömning\.\n\nSamtliga brott: /);
    await page.getByRole('button', { name: 'Spara texterna' }).click();
    await page.getByRole('status').getByText('Texterna är sparade.').waitFor();
    const saved = await server.ctx.deps.db.selectFrom('situation_pictures').select('crime_survey').executeTakeFirst();
    expect(saved?.crime_survey).toMatch(/^Vår egen bedömning\.\n\nSamtliga brott: /);
  });
});
