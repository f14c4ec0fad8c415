/**
 * The public side in Swedish, English, Finnish and Meänkieli (issue 18):
 * each language's page has its lang, its own fixed words and the switch;
 * a kommun in the administrative areas has the switch by default, others
 * can turn it on; a subscription keeps its language and mails in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type TestContext } from '../helpers.ts';
import { buildWorld, type World } from './fixtures.ts';
import { PUBLIC_CATALOGUES, PUBLIC_LOCALES } from '../../src/i18n/public.ts';
import { notifyFollowUpPublished } from '../../src/app/public/notify.ts';

let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx);
});
afterAll(async () => ctx.close());

const get = async (url: string) => {
  const res = await ctx.app.inject({ url });
  expect(res.statusCode, url).toBe(200);
  return res.body;
};
const switchOf = (body: string) => body.match(/<nav class="language-switch"[^>]*>.*?<\/nav>/s)?.[0] ?? '';

describe('a kommun page in each language (Kalix, in both administrative areas)', () => {
  it.each(PUBLIC_LOCALES)('%s: the page language, its own words and the switch to all four', async (lang) => {
    const body = await get(`/kommun/kalix${lang === 'sv' ? '' : `?lang=${lang}`}`);
    const t = PUBLIC_CATALOGUES[lang].page;
    expect(body).toContain(`<html lang="${lang}">`);
    for (const words of [t.skipToContent, t.mainNav, t.followHeading, t.subscribeButton, t.footer])
      expect(body).toContain(words);
    if (lang !== 'sv') {
      // Swedish fixed words do not stand in for missing ones.
      for (const sv of ['Hoppa till innehållet', 'Följ arbetet', 'Prenumerera', 'Huvudmeny'])
        expect(body).not.toContain(sv);
    }
    if (lang === 'fi' || lang === 'fit') {
      // Nor English ones: the follow-up's period is its dates, "last done" in the page's words.
      for (const en of ['First half of', 'Last done', 'Our promises', 'read more']) expect(body).not.toContain(en);
      expect(body).toContain('>1.1.2019–30.6.2019</a>');
      expect(body).toContain(`${t.lastDone}:`);
    }
    const nav = switchOf(body);
    expect(nav).toContain(`aria-label="${t.language}"`);
    expect(nav).toContain('<a href="/kommun/kalix" lang="sv" hreflang="sv"');
    expect(nav).toContain('<a href="/kommun/kalix?lang=en" lang="en" hreflang="en"');
    expect(nav).toContain('<a href="/kommun/kalix?lang=fi" lang="fi" hreflang="fi"');
    expect(nav).toContain('<a href="/kommun/kalix?lang=fit" lang="fit" hreflang="fit"');
    expect(nav).toMatch(new RegExp(`lang="${lang}" hreflang="${lang}" aria-current="true">`));
    expect(nav.match(/aria-current/g)).toHaveLength(1);
    for (const name of ['>Svenska<', '>English<', '>Suomi<', '>Meänkieli<']) expect(nav).toContain(name);
    for (const l of PUBLIC_LOCALES) expect(body).toMatch(new RegExp(`<link rel="alternate" hreflang="${l}" href=`));
  });

  it('links inside a Meänkieli page stay in Meänkieli', async () => {
    const body = await get('/kommun/kalix?lang=fit');
    expect(body).toContain('href="/sverige?lang=fit"');
    expect(body).toContain(`/kommun/kalix/uppfoljning/${world.publishedFollowUpId}?lang=fit`);
    const followUp = await get(`/kommun/kalix/uppfoljning/${world.publishedFollowUpId}?lang=fit`);
    expect(followUp).toContain('<html lang="fit">');
    expect(switchOf(followUp)).toContain('>Meänkieli<');
  });
});

describe('the language switch: by area, or by the kommun', () => {
  it('the demo kommuner in the areas (Övertorneå, Haparanda, Kalix) have it from the start', async () => {
    for (const slug of ['overtornea', 'haparanda', 'kalix']) {
      const nav = switchOf(await get(`/kommun/${slug}`));
      expect(nav, slug).toContain(`<a href="/kommun/${slug}?lang=fit" lang="fit" hreflang="fit">Meänkieli</a>`);
      expect(nav, slug).toContain('>Suomi<');
    }
  });

  it('a page whose words exist only in Swedish and English marks the Swedish on a Finnish page', async () => {
    const body = await get('/oppna-data?lang=fi');
    expect(body).toContain('<html lang="fi">');
    expect(body).toContain(`<p class="only-in-swedish">${PUBLIC_CATALOGUES.fi.onlyInSwedish}</p>`);
    expect(body).toMatch(/<div lang="sv">\s*<p class="lead">Det som polisen/);
    const share = await get(`/kommun/kalix/dela/uppfoljning/${world.publishedFollowUpId}?lang=fit`);
    expect(share).toContain('<html lang="fit">');
    expect(share).toContain('<textarea id="share-text" rows="5" readonly lang="sv">');
    expect(share).toContain(PUBLIC_CATALOGUES.fit.onlyInSwedish);
  });

  it('a kommun outside both areas offers Swedish and English only', async () => {
    const nav = switchOf(await get('/kommun/norsjo'));
    expect(nav).toContain('>English<');
    expect(nav).not.toContain('Suomi');
    expect(nav).not.toContain('Meänkieli');
  });

  it('its admin turns the switch on (audited) and the pages offer all four', async () => {
    const norsjo = await orgIdByCode(ctx.deps, '2417');
    const admin = await signIn(ctx.app, DEMO.admin);
    const before = (await admin.request('GET', `/api/v1/organisations/${norsjo}/public-languages`)).json();
    expect(before).toMatchObject({ areas: [], defaultOn: false, choice: null, switchOn: false });
    // Norsjö has no published promise set: its page is the kommun alone, stored under an ETag.
    const old = await ctx.app.inject({ url: '/kommun/norsjo' });
    expect(old.body).not.toContain('Suomi');
    const etag = String(old.headers.etag);
    expect((await ctx.app.inject({ url: '/kommun/norsjo', headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    const res = await admin.request('PUT', `/api/v1/organisations/${norsjo}/public-languages`, { switchOn: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ choice: true, switchOn: true, languages: ['sv', 'en', 'fi', 'fit'] });
    // A browser holding the old page gets the new one, not 304.
    const fresh = await ctx.app.inject({ url: '/kommun/norsjo', headers: { 'if-none-match': etag } });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers.etag).not.toBe(etag);
    const nav = switchOf(fresh.body);
    expect(nav).toContain('>Suomi<');
    expect(nav).toContain('>Meänkieli<');
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'public_languages.update')
      .where('organisation_id', '=', norsjo)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('a kommun in the area can turn it off; null goes back to the area default', async () => {
    const haparanda = await orgIdByCode(ctx.deps, '2583');
    const coordinator = await signIn(ctx.app, DEMO.haparandaCoordinator);
    const admin = await signIn(ctx.app, DEMO.admin);
    const view = (await coordinator.request('GET', `/api/v1/organisations/${haparanda}/public-languages`)).json();
    expect(view).toMatchObject({ areas: ['fi', 'fit'], defaultOn: true, switchOn: true });
    // Bad input: a 400 with a message, nothing changed.
    const bad = await admin.request('PUT', `/api/v1/organisations/${haparanda}/public-languages`, { switchOn: 'ja' });
    expect(bad.statusCode).toBe(400);
    expect(switchOf(await get('/kommun/haparanda'))).toContain('>Suomi<');
    const off = await admin.request('PUT', `/api/v1/organisations/${haparanda}/public-languages`, { switchOn: false });
    expect(off.json()).toMatchObject({ choice: false, switchOn: false, languages: ['sv', 'en'] });
    expect(switchOf(await get('/kommun/haparanda'))).not.toContain('Suomi');
    const back = await admin.request('PUT', `/api/v1/organisations/${haparanda}/public-languages`, { switchOn: null });
    expect(back.json()).toMatchObject({ choice: null, switchOn: true });
    expect(switchOf(await get('/kommun/haparanda'))).toContain('>Suomi<');
  });
});

describe('subscriptions keep their language', () => {
  const form = (fields: Record<string, string>) =>
    ctx.app.inject({
      method: 'POST',
      url: '/prenumeration',
      remoteAddress: '10.9.0.1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });

  it('a subscription made in Finnish is confirmed and mailed in Finnish, one in Meänkieli in Meänkieli', async () => {
    ctx.mails.length = 0;
    const fi = await form({ kommun: 'kalix', email: 'lukija@example.fi', lang: 'fi' });
    expect(fi.body).toContain('<html lang="fi">');
    expect(fi.body).toContain(PUBLIC_CATALOGUES.fi.subscription.checkMailTitle);
    await form({ kommun: 'kalix', email: 'lukia@example.se', lang: 'fit' });
    expect(ctx.mails.map((m) => m.subject)).toEqual([
      PUBLIC_CATALOGUES.fi.mail.confirmSubject('Kalix'),
      PUBLIC_CATALOGUES.fit.mail.confirmSubject('Kalix'),
    ]);
    for (const mail of ctx.mails) {
      const token = mail.text.match(/token=([A-Za-z0-9_-]+)&lang=(fi|fit)/);
      expect(token, mail.text).not.toBeNull();
      const confirm = await ctx.app.inject({
        method: 'POST',
        url: `/prenumeration/bekrafta?lang=${token![2]}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `token=${token![1]}`,
      });
      expect(confirm.body).toContain(`<html lang="${token![2]}">`);
    }
    ctx.mails.length = 0;
    expect(await notifyFollowUpPublished(ctx.deps, world.publishedFollowUpId)).toBe(2);
    const byTo = new Map(ctx.mails.map((m) => [m.to, m]));
    const fiMail = byTo.get('lukija@example.fi')!;
    const fitMail = byTo.get('lukia@example.se')!;
    expect(fiMail.subject).toBe(PUBLIC_CATALOGUES.fi.mail.followUpSubject('Kalix', '1.1.2019–30.6.2019'));
    expect(fiMail.text).toContain('Lue koko seuranta:');
    expect(fiMail.text).toContain('?lang=fi');
    expect(fiMail.text).toContain('Lopeta tilaus yhdellä napsautuksella');
    // The summary is staff's Swedish: it comes after the note saying so.
    expect(fiMail.text).toContain(PUBLIC_CATALOGUES.fi.onlyInSwedish);
    expect(fitMail.text).toContain('Lue koko seuranta:');
    expect(fitMail.text).toContain('Lopeta tilaus yhelä klikkauksella');
    expect(fitMail.text).not.toContain('Läs hela uppföljningen');
  });
});
