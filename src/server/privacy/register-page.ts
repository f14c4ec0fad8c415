/**
 * The register of processing as a page to read and print (format=html):
 * one table, the Swedish column names, the kommun, the controller and the
 * DPO above it. Plain HTML without scripts or styles of its own.
 */
import type { ProcessingRegister } from '../../contracts/privacy.ts';
import { REGISTER_COLUMNS } from '../../domain/privacy/register.ts';
import { html } from '../public/html.ts';

export function registerPage(register: ProcessingRegister, day: string): string {
  const title = `Registerförteckning – ${register.kommun}`;
  return `<!doctype html>\n${
    html`<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main>
<h1>${title}</h1>
<p>Personuppgiftsansvarig: ${register.controller}.${register.dpoContact ? ` Dataskyddsombud: ${register.dpoContact}.` : ''}</p>
<p>Behandlingar av personuppgifter i medborgarlöftesplattformen, enligt kommunens inställningar ${day}.</p>
<table>
<caption>Behandlingar, personuppgifter och lagringstider</caption>
<thead><tr>${REGISTER_COLUMNS.map(([, name]) => html`<th scope="col">${name}</th>`)}</tr></thead>
<tbody>
${register.entries.map(
  (e) =>
    html`<tr>${REGISTER_COLUMNS.map(([key], i) => (i === 0 ? html`<th scope="row">${e[key]}</th>` : html`<td>${e[key]}</td>`))}</tr>\n`,
)}
</tbody>
</table>
</main>
</body>
</html>`.value
  }`;
}
