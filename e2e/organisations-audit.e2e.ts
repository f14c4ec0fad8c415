/**
 * Organisations and the audit log: an admin filters the list, creates a
 * lokalpolisområde with the kommuner it covers and a partner, edits the
 * LPO, and finds the changes in the audit log, paged and exported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signIn as apiSignIn } from '../test/helpers.ts';
import { ADMIN, launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('organisations', () => {
  it('the list filters by kind and name', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, ADMIN);
    await page.goto(`${server.baseUrl}/app/admin/organisationer`);
    await waitForH1(page, 'Organisationer');
    await page.getByRole('link', { name: 'Östra Norrbotten' }).waitFor();
    await page.getByLabel('Typ av organisation').selectOption({ label: 'Kommun' });
    await page.getByLabel('Sök på namn').fill('kalix');
    await page.getByText('2 organisationer', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Kalix', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Överkalix', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Östra Norrbotten' }).count()).toBe(0);
  });

  it('an admin creates a lokalpolisområde with kommuner, then edits it', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, ADMIN);
    await page.goto(`${server.baseUrl}/app/admin/organisationer/ny`);
    await waitForH1(page, 'Ny organisation');
    await page.getByLabel('Lokalpolisområde').check();
    await page.getByLabel('Namn').fill('Norra Kusten');
    await page.getByLabel('Hör till polisregion').selectOption({ label: 'Polisregion Nord' });
    await page.getByLabel('Sök kommun').fill('Lule');
    await page.getByRole('checkbox', { name: 'Luleå' }).check();
    await page.getByLabel('Sök kommun').fill('Pite');
    await page.getByRole('checkbox', { name: 'Piteå' }).check();
    await page.getByText('2 kommuner valda').waitFor();
    await page.getByRole('button', { name: 'Skapa organisation' }).click();

    await waitForH1(page, 'Ändra Norra Kusten');
    await page.getByText('Norra Kusten har skapats.').waitFor();
    await page.getByRole('button', { name: 'Ta bort Piteå' }).click();
    await page.getByText('1 kommun vald').waitFor();
    await page.getByRole('switch', { name: 'Använder tjänsten' }).uncheck();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();

    await page.reload();
    await waitForH1(page, 'Ändra Norra Kusten');
    await page.getByRole('button', { name: 'Ta bort Luleå' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ta bort Piteå' }).count()).toBe(0);
    expect(await page.getByRole('switch', { name: 'Använder tjänsten' }).isChecked()).toBe(false);
  });

  it('a partner needs its kommun and is created under it', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, ADMIN);
    await page.goto(`${server.baseUrl}/app/admin/organisationer/ny`);
    await page.getByLabel('Samverkanspart').check();
    await page.getByLabel('Namn').fill('Fritidsgården Navet');
    await page.getByRole('button', { name: 'Skapa organisation' }).click();
    await page.getByRole('link', { name: 'Välj kommun.' }).waitFor();

    await page.getByLabel('Kommun som samverkansparten hör till').selectOption({ label: 'Kalix' });
    await page.getByLabel('Typ av samverkanspart').selectOption({ label: 'Fritidsgård' });
    await page.getByRole('button', { name: 'Skapa organisation' }).click();
    await waitForH1(page, 'Ändra Fritidsgården Navet');
    const facts = page.getByRole('region', { name: 'Uppgifter' });
    expect(await facts.textContent()).toContain('Samverkanspart');
    expect(await facts.textContent()).toContain('Kalix');
  });

  it('a coordinator sees no administration', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, 'samordnare.kalix@demo.medborgarlofte.se');
    await page.goto(`${server.baseUrl}/app/admin/anvandare`);
    await page.getByText('Du behöver vara administratör för att se den här sidan.').waitFor();
    expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
  });
});

describe('audit log', () => {
  it('filters by action, shows before/after, pages with "Ladda fler" and exports CSV', async () => {
    const client = await apiSignIn(server.ctx.app, ADMIN);
    const created = await client.request('POST', '/api/v1/organisations', { kind: 'region', name: 'Polisregion Test' });
    const regionId = (created.json() as { id: string }).id;
    for (let i = 1; i <= 55; i++) {
      const res = await client.request('PATCH', `/api/v1/organisations/${regionId}`, { name: `Polisregion Test ${i}` });
      expect(res.statusCode).toBe(200);
    }
    // Other tests in this file change organisations too: count what the log holds now.
    const all = await client.request('GET', '/api/v1/audit?action=organisation.update&limit=1000');
    const total = (all.json() as { entries: unknown[] }).entries.length;
    expect(total).toBeGreaterThan(50);
    expect(total).toBeLessThanOrEqual(100);

    const page = await newPage(browser);
    await signIn(page, server.baseUrl, ADMIN);
    await page.goto(`${server.baseUrl}/app/admin/handelselogg`);
    await waitForH1(page, 'Händelselogg');
    await page.getByLabel('Händelse börjar med').fill('organisation.update');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.getByText('Visar 50 händelser').waitFor();
    const newest = page.getByRole('row').filter({ hasText: 'organisation.update' }).first();
    await newest.getByText('Visa').click();
    expect(await newest.textContent()).toContain('"name": "Polisregion Test 55"');

    await page.getByRole('button', { name: 'Ladda fler' }).click();
    await page.getByText(`Visar ${total} händelser`).waitFor();
    await page.getByText('Det finns inga fler händelser.').waitFor();

    const href = await page.getByRole('link', { name: 'Exportera CSV' }).getAttribute('href');
    expect(href).toBe('/api/v1/audit?action=organisation.update&format=csv');
    const csv = await page.request.get(`${server.baseUrl}${href}`);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split(/\r\n/);
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((l) => l.includes('organisation.update'))).toBe(true);
  });
});
