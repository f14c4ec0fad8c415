/**
 * Journey: Kalix's coordinator finds Områden under Dialog och enkäter,
 * adds areas (an empty name and a taken one are refused in the error
 * summary), renames one in its row, merges a duplicate that a dialogue
 * points to into the area to keep after a question, deletes an unused
 * one, and reads the page in English. axe-core checks the page, the open
 * forms and the question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoViolations, launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';
import { apiClient, COORDINATOR } from './work-support.ts';

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

/** The areas table as "name | used by" per row. */
async function rows(page: Page): Promise<string[]> {
  return page.locator('table.areas-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll('th, td')]
        .slice(0, 2)
        .map((c) => (c.textContent ?? '').replace(/\s+/gu, ' ').trim())
        .join(' | '),
    ),
  );
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function addArea(page: Page, name: string): Promise<void> {
  await page.getByLabel('Områdets namn').fill(name);
  await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
}

describe("a kommun's areas", () => {
  it('are added, renamed, merged and deleted through Dialog och enkäter › Områden', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, server.baseUrl, COORDINATOR);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Dialog och enkäter' }).click();
    await waitForH1(page, 'Dialoger');
    await page.getByRole('navigation', { name: 'Dialog och enkäter' }).getByRole('link', { name: 'Områden' }).click();
    await waitForH1(page, 'Områden');
    expect(await page.getByLabel('Kommun').inputValue()).toBe('2514');
    await page.getByText('Kommunen har inga områden än.').waitFor();
    await expectNoViolations(page);

    // Nothing written: the summary takes focus and links to the field.
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.getByRole('link', { name: 'Skriv områdets namn' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await expectNoViolations(page);

    for (const name of ['Centrum', 'Kalix   centrum', 'Näsbyn norra', 'Ängesbyn']) {
      await addArea(page, name);
      await page
        .getByRole('status')
        .getByText(`Området ${name.replace(/\s+/g, ' ')} är tillagt.`)
        .waitFor();
    }
    expect(await focusedId(page)).toBe('area-new-name');
    await addArea(page, 'CENTRUM');
    await page.getByRole('link', { name: /Det finns redan ett område som heter ”Centrum” i Kalix/ }).waitFor();

    // A dialogue points to the duplicate.
    const api = await apiClient(server, COORDINATOR);
    const dialogue = await api.request('POST', '/api/v1/dialogues', {
      kommun: '2514',
      kind: 'medborgardialog',
      date: '2025-03-12',
      areaName: 'Kalix centrum',
      participants: { boende: 5 },
      findings: [
        { text: 'Mörkt vid busshållplatsen', category: 'otrygga_platser', seriousness: 3, areaName: 'Kalix centrum' },
      ],
    });
    expect(dialogue.statusCode, dialogue.body).toBe(201);
    await page.reload();
    await waitForH1(page, 'Områden');
    await page.getByRole('cell', { name: '1 dialog eller trygghetsvandring och 1 iakttagelse' }).waitFor();
    expect(await rows(page)).toEqual(
      [
        'Ängesbyn | Används inte',
        'Centrum | Används inte',
        'Kalix centrum | 1 dialog eller trygghetsvandring och 1 iakttagelse',
        'Näsbyn norra | Används inte',
      ].sort((a, b) => a.localeCompare(b, 'sv')),
    );

    // Rename in the row: focus goes to the field, and back to the button afterwards.
    await page.getByRole('button', { name: 'Byt namn på Näsbyn norra' }).click();
    const newName = page.getByLabel('Nytt namn för Näsbyn norra');
    await newName.waitFor();
    expect(await focusedId(page)).toMatch(/^area-name-/);
    await expectNoViolations(page);
    await newName.fill('Näsbyn');
    await page.getByRole('button', { name: 'Spara namnet' }).click();
    await page.getByRole('status').getByText('Näsbyn norra heter nu Näsbyn.').waitFor();
    await page.getByRole('button', { name: 'Byt namn på Näsbyn' }).waitFor();
    expect(await focusedId(page)).toMatch(/^area-rename-/);

    // Merge the duplicate into Centrum, after a question.
    await page.getByRole('button', { name: 'Slå ihop Kalix centrum med ett annat område' }).click();
    await page.getByRole('button', { name: 'Slå ihop', exact: true }).click();
    await page.getByRole('link', { name: 'Välj området som ska finnas kvar.' }).waitFor();
    await page.getByLabel('Slå ihop Kalix centrum med', { exact: true }).selectOption({ label: 'Centrum' });
    await page.getByRole('button', { name: 'Slå ihop', exact: true }).click();
    const question = page.getByRole('dialog');
    await question.getByText('Vill du slå ihop Kalix centrum med Centrum?', { exact: false }).waitFor();
    await expectNoViolations(page);
    await question.getByRole('button', { name: 'Slå ihop' }).click();
    await page.getByRole('status').getByText('Kalix centrum är ihopslaget med Centrum.').waitFor();
    await page.getByRole('rowheader', { name: 'Kalix centrum', exact: true }).waitFor({ state: 'detached' });
    expect(await rows(page)).toContain('Centrum | 1 dialog eller trygghetsvandring och 1 iakttagelse');
    const moved = (await api.request('GET', `/api/v1/dialogues/${dialogue.json().id}`)).json();
    expect(moved.area.name).toBe('Centrum');
    expect(moved.findings[0].area.name).toBe('Centrum');

    // An area in use has no delete button; an unused one is deleted after a question.
    expect(await page.getByRole('button', { name: 'Ta bort Centrum' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Ta bort Ängesbyn' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
    await page.getByRole('status').getByText('Området Ängesbyn är borttaget.').waitFor();
    expect(await rows(page)).toEqual([
      'Centrum | 1 dialog eller trygghetsvandring och 1 iakttagelse',
      'Näsbyn | Används inte',
    ]);
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'English' }).click();
    await waitForH1(page, 'Areas');
    await page.getByRole('cell', { name: '1 dialogue or safety walk and 1 finding' }).waitFor();
    await page.getByRole('button', { name: 'Rename Näsbyn' }).waitFor();
    await expectNoViolations(page);
  });
});
