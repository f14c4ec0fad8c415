/**
 * The demo as a newcomer meets it after `npm start`: every demo kommun's
 * public page says what residents said, shows a promise that runs today and
 * its published follow-ups; the survey behind it has a few hundred answers;
 * and what residents wrote about named people and phone numbers never
 * reaches a public page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, signIn, DEMO, type TestContext } from './helpers.ts';
import { seedDemoStory } from '../src/app/demo/story.ts';
import { DEMO_PASSWORD } from '../src/app/demo/seed.ts';
import { SEEDED_PERSONAL_DATA } from '../src/app/demo/kommuner.ts';
import { swedishDay } from '../src/domain/calendar.ts';

const SLUGS = ['overtornea', 'kalix', 'haparanda', 'norsjo', 'asele'];

let ctx: TestContext;
let report: Awaited<ReturnType<typeof seedDemoStory>>;
beforeAll(async () => {
  ctx = await startTestApp();
  report = await seedDemoStory(ctx.deps, DEMO_PASSWORD);
}, 180_000);
afterAll(async () => ctx.close());

const get = async (url: string) => {
  const res = await ctx.app.inject({ url });
  expect(res.statusCode, url).toBe(200);
  return res.body;
};

/** The HTML of one section of the kommun page, up to the next section. */
function section(page: string, id: string): string {
  const start = page.indexOf(`<section aria-labelledby="${id}">`);
  expect(start, `section ${id}`).toBeGreaterThanOrEqual(0);
  const next = page.indexOf('<section aria-labelledby=', start + 10);
  return page.slice(start, next < 0 ? undefined : next);
}

const text = (h: string) =>
  h
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the full demo on the public pages', () => {
  it('Övertorneå speaks Meänkieli and Finnish in its own promise; Kalix in Finnish shows the Swedish with the note', async () => {
    const promised = section(await get('/kommun/overtornea?lang=fit'), 'vi-lovade');
    // The outcome indicators ("Har det gjort skillnad?") are written in Swedish only, and say so in their own block.
    const outcomesAt = promised.indexOf('<section class="outcomes"');
    expect(outcomesAt, 'the outcome block').toBeGreaterThan(0);
    const fit = promised.slice(0, outcomesAt);
    expect(fit).toContain('<h4>Trafiikki kylitten läpi</h4>');
    expect(fit).toContain('pussiasemalla keskimäärin vähinthään yhtenä iltana viikossa.');
    // Every text of the promise staff wrote is in Meänkieli: no note that one is only in Swedish.
    expect(fit).not.toContain('Tämä teksti löytyy vain ruottiksi.');
    expect(fit).not.toContain('Polisen är synlig i centrum');
    expect(promised.slice(outcomesAt)).toContain('Tämä teksti löytyy vain ruottiksi.');
    const fi = section(await get('/kommun/overtornea?lang=fi'), 'vi-lovade');
    expect(fi).toContain('linja-autoasemalla keskimäärin vähintään yhtenä iltana viikossa.');
    const kalix = section(await get('/kommun/kalix?lang=fi'), 'vi-lovade');
    expect(kalix).toContain('Tämä teksti on saatavilla vain ruotsiksi.');
    expect(kalix).toContain('<span lang="sv">');
  });

  it.each(SLUGS)('%s: "Ni sa" retells what residents said', async (slug) => {
    const voices = section(await get(`/kommun/${slug}`), 'ni-sa');
    expect(voices).toContain('<blockquote>');
    expect(text(voices)).toMatch(/trygghetsmätningen hösten \d{4}/);
    expect(text(voices).length).toBeGreaterThan(150);
  });

  it.each(SLUGS)('%s: the promise shown as current runs over today', async (slug) => {
    const promised = text(section(await get(`/kommun/${slug}`), 'vi-lovade'));
    const year = Number(swedishDay(new Date()).slice(0, 4));
    const [, from, to] = /(\d{4})–(\d{4})/.exec(promised) ?? [];
    expect(Number(from)).toBeLessThanOrEqual(year);
    expect(Number(to)).toBeGreaterThanOrEqual(year);
  });

  it.each(SLUGS)('%s: published follow-ups are listed and open', async (slug) => {
    const list = section(await get(`/kommun/${slug}`), 'uppfoljningar');
    const links = [...list.matchAll(new RegExp(`href="(/kommun/${slug}/uppfoljning/[0-9a-f-]{36})"`, 'g'))].map(
      (m) => m[1]!,
    );
    expect(links.length).toBeGreaterThanOrEqual(1);
    expect(text(await get(links[0]!))).toMatch(/Tertial \d \d{4}|Helåret \d{4}/);
  });

  it('every kommun has a survey of 200–400 answers, closed, with published results, and a spring follow-up survey', async () => {
    const admin = await signIn(ctx.app, DEMO.admin);
    const surveys = (await admin.request('GET', '/api/v1/surveys')).json().surveys as {
      municipalityName: string;
      title: { sv: string };
      responses: number;
      status: string;
      publicId: string;
    }[];
    const spring = surveys.filter((s) => s.title.sv.startsWith('Uppföljande'));
    const autumn = surveys.filter((s) => !s.title.sv.startsWith('Uppföljande'));
    expect(autumn).toHaveLength(5);
    expect(spring).toHaveLength(5);
    for (const s of autumn) {
      expect(s.responses, s.municipalityName).toBeGreaterThanOrEqual(200);
      expect(s.responses, s.municipalityName).toBeLessThanOrEqual(400);
      expect(s.status).toBe('closed');
      expect(text(await get(`/enkat/${s.publicId}/resultat`))).toMatch(/Hur trygg eller otrygg/);
    }
    for (const s of spring) expect(s.status).toBe('closed');
    expect(report.answers).toBe(surveys.reduce((sum, s) => sum + s.responses, 0));
  });

  it.each(SLUGS)(
    '%s: the current promise says whether it made a difference: better, no clear change and too little data, as demo data',
    async (slug) => {
      const promised = text(section(await get(`/kommun/${slug}`), 'vi-lovade'));
      expect(promised).toContain('Har det gjort skillnad?');
      expect(promised).toMatch(/Känner sig otrygga ute ensamma sent en kväll Bättre Demodata: påhittade siffror/);
      expect(promised).toMatch(/Inbrott i bostäder som problem \(index 0–6\) Ingen tydlig förändring/);
      expect(promised).toMatch(/Anmälda brott totalt För lite underlag/);
      expect(promised).toContain('Det finns ännu ingen statistik för båda perioderna att jämföra.');
    },
  );

  it('names, numbers and addresses residents wrote stay with the working group', async () => {
    const admin = await signIn(ctx.app, DEMO.admin);
    const surveys = (await admin.request('GET', '/api/v1/surveys')).json().surveys as {
      id: string;
      publicId: string;
      publicResults: unknown[];
    }[];
    const written: string[] = [];
    const masked: string[] = [];
    for (const s of surveys) {
      const free = (await admin.request('GET', `/api/v1/surveys/${s.id}/free-text`)).json().items as {
        text: string;
        redacted: string;
      }[];
      written.push(...free.map((i) => i.text));
      masked.push(...free.map((i) => i.redacted));
    }
    // The working group reads what was written; the masked text that leaves it (exports, coding view) hides every one.
    for (const personal of SEEDED_PERSONAL_DATA) {
      expect(written.join('\n')).toContain(personal);
      // A name leaks if either part of it is left: "Kerstin [namn]" still points at Kerstin.
      const parts = /\d|@/.test(personal) ? [personal] : personal.split(' ');
      for (const part of parts) expect(masked.join('\n')).not.toContain(part);
    }
    const pages: string[] = [];
    for (const slug of SLUGS) {
      const page = await get(`/kommun/${slug}`);
      pages.push(page);
      for (const m of page.matchAll(/href="(\/kommun\/[a-z-]+\/uppfoljning\/[0-9a-f-]{36})"/g))
        pages.push(await get(m[1]!));
    }
    for (const s of surveys.filter((x) => x.publicResults.length))
      pages.push(await get(`/enkat/${s.publicId}/resultat`));
    const everything = pages.join('\n');
    for (const personal of SEEDED_PERSONAL_DATA) expect(everything).not.toContain(personal);
  });

  it('activities and follow-ups cover the current and the earlier promise', async () => {
    expect(report.kommuner).toBe(5);
    expect(report.activities).toBeGreaterThan(1000);
    const admin = await signIn(ctx.app, DEMO.admin);
    const sets = (await admin.request('GET', '/api/v1/promise-sets?status=published')).json().promiseSets as {
      municipalities: { code: string }[];
    }[];
    expect(sets.map((s) => s.municipalities[0]!.code).sort()).toEqual([
      '2417',
      '2417',
      '2463',
      '2463',
      '2514',
      '2514',
      '2518',
      '2518',
      '2583',
      '2583',
    ]);
  });
});

describe('the full demo behind the pages, as the working group sees it', () => {
  const CODES = ['2518', '2514', '2583', '2417', '2463'];
  const situationYear = (): number => Number(swedishDay(new Date(Date.now() - 150 * 86_400_000)).slice(0, 4)) - 1;

  it.each(CODES)(
    '%s: a medborgardialog with findings, a walk through its three steps and EST reports',
    async (code) => {
      const admin = await signIn(ctx.app, DEMO.admin);
      const dialogues = (await admin.request('GET', `/api/v1/dialogues?kommun=${code}`)).json().dialogues as {
        kind: string;
        findingCount: number;
        openActions: number;
        stage: string | null;
      }[];
      expect(dialogues.map((d) => d.kind).sort()).toEqual(['medborgardialog', 'trygghetsvandring']);
      expect(dialogues.find((d) => d.kind === 'medborgardialog')!.findingCount).toBeGreaterThanOrEqual(3);
      // Förmöte, vandring and återkopplingsmöte done: every finding of the walk has an owner and an action.
      const walk = dialogues.find((d) => d.kind === 'trygghetsvandring')!;
      expect(walk.stage).toBe('aterkoppling');
      expect(walk.findingCount).toBeGreaterThanOrEqual(2);
      expect(walk.openActions).toBe(walk.findingCount);
      const reports = (await admin.request('GET', `/api/v1/est/reports?kommun=${code}`)).json().reports as unknown[];
      expect(reports.length).toBeGreaterThanOrEqual(2);
      expect(reports.length).toBeLessThanOrEqual(4);
    },
  );

  it.each(CODES)(
    '%s: the staff views open on the demo data (statistics, progress, follow-up PDF, overview)',
    async (code) => {
      const admin = await signIn(ctx.app, DEMO.admin);
      const ok = async (url: string) => {
        const res = await admin.request('GET', url);
        expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
        return res;
      };
      const series = (await ok(`/api/v1/statistics/series?kommun=${code}`)).json() as { points: unknown[] };
      expect(series.points.length).toBeGreaterThanOrEqual(4);
      const events = (await ok(`/api/v1/statistics/events?kommun=${code}&limit=500`)).json() as { events: unknown[] };
      expect(events.events.length).toBeGreaterThan(5);
      const sets = (await ok('/api/v1/promise-sets?status=published')).json().promiseSets as {
        id: string;
        municipalities: { code: string }[];
      }[];
      for (const set of sets.filter((s) => s.municipalities[0]!.code === code)) {
        await ok(`/api/v1/promise-sets/${set.id}/progress`);
        const followUps = (await ok(`/api/v1/promise-sets/${set.id}/follow-ups`)).json().followUps as {
          id: string;
          status: string;
        }[];
        expect(followUps.length).toBeGreaterThanOrEqual(1);
        expect(followUps.every((f) => f.status === 'published')).toBe(true);
        const pdf = await ok(`/api/v1/follow-ups/${followUps.at(-1)!.id}/export.pdf`);
        expect(pdf.headers['content-type']).toContain('application/pdf');
      }
      await ok('/api/v1/overview');
    },
  );

  it.each(CODES)(
    '%s: the lägesbild ranks problems and links the prioritised ones to the current promise',
    async (code) => {
      const admin = await signIn(ctx.app, DEMO.admin);
      const view = (await admin.request('GET', `/api/v1/situation/${code}/${situationYear()}`)).json() as {
        problems: {
          prioritised: boolean;
          cause: { text: string | null };
          commitmentIds: string[];
          evidence: { source: string }[];
        }[];
      };
      const sources = new Set(view.problems.flatMap((p) => p.evidence.map((e) => e.source)));
      for (const source of ['survey', 'dialogue', 'est', 'events']) expect(sources).toContain(source);
      const prioritised = view.problems.filter((p) => p.prioritised);
      expect(prioritised.length).toBeGreaterThanOrEqual(2);
      const sets = (await admin.request('GET', '/api/v1/promise-sets?status=published')).json().promiseSets as {
        id: string;
        municipalities: { code: string }[];
        period: { from: string; to: string };
      }[];
      const today = swedishDay(new Date());
      const current = sets.find(
        (s) => s.municipalities[0]!.code === code && s.period.from <= today && today <= s.period.to,
      )!;
      const full = (await admin.request('GET', `/api/v1/promise-sets/${current.id}`)).json() as {
        focusAreas: { commitments: { id: string }[] }[];
      };
      const ids = new Set(full.focusAreas.flatMap((a) => a.commitments.map((c) => c.id)));
      for (const p of prioritised) {
        expect(p.cause.text).toBeTruthy();
        expect(p.commitmentIds.length).toBeGreaterThan(0);
        for (const id of p.commitmentIds) expect(ids).toContain(id);
      }
    },
  );
});
