/** Swedish words of the survey results from outside (Polisen, Brå's NTU, SCB) on the statistics page. */
import type { OutsideSource } from '../api/outside-surveys.ts';

export const svOutside = {
  outside: {
    heading: 'Trygghetsmätningar från Polisen, Brå och SCB',
    intro:
      'Resultat som kommunen får från andra: Polisens trygghetsmätning (index 0–6 per påstående och område), Brå:s Nationella trygghetsundersökning (andel i procent) och SCB:s medborgarundersökning (index 0–100). Kopiera tabellen i rapporten till ett kalkylark, spara den som CSV och läs in den här. Resultaten blir underlag i lägesbilden och utgångsläge när effekterna följs upp.',
    importHeading: 'Läs in en mätning',
    importIntro:
      'En ny fil för samma källa och år ersätter den förra. Är någon rad fel sparas ingenting, och du får veta vilka rader och varför.',
    source: 'Källa',
    sources: {
      polisen_trygghetsmatning: 'Polisens trygghetsmätning',
      bra_ntu: 'Brå: Nationella trygghetsundersökningen (NTU)',
      scb_medborgarundersokning: 'SCB: medborgarundersökningen',
    } as Record<OutsideSource, string>,
    layoutHint: (header: string) =>
      `Rubrikraden ska vara ${header}. Osäkerheten får stå i en kolumn Konfidensintervall (till exempel 2,1–2,5) eller Felmarginal (±). Semikolon eller komma som avgränsare, decimalkomma.`,
    year: 'År mätningen gjordes',
    yearInvalid: 'Skriv året med fyra siffror.',
    file: 'Fil (CSV)',
    chooseFile: 'Välj en fil.',
    notCsv: 'Filen är inte text. Spara tabellen som CSV (semikolonavgränsad) i kalkylprogrammet och välj den filen.',
    submit: 'Importera mätningen',
    imported: (r: { added: number; updated: number; unchanged: number; removed: number; skipped: number }) =>
      `Inläst: ${r.added} nya, ${r.updated} ändrade, ${r.unchanged} oförändrade och ${r.removed} borttagna resultat${r.skipped ? `; ${r.skipped} ${r.skipped === 1 ? 'rad' : 'rader'} utan värde i källan hoppades över` : ''}.`,
    listHeading: (kommun: string) => `Inlästa mätningar för ${kommun}`,
    none: 'Inga mätningar är inlästa för kommunen än.',
    caption: (source: string, year: number) => `${source} ${year}`,
    meta: (fileName: string | null, by: string, at: string) =>
      `${fileName ? `Filen ${fileName}, i` : 'I'}nläst av ${by} ${at}.`,
    place: 'Område',
    item: 'Påstående eller fråga',
    value: 'Värde',
    answers: 'Antal svar',
    interval: 'Osäkerhet',
    category: 'Problemkategori',
    wholeKommun: 'Hela kommunen',
    levelSuffix: { lan: ' (län)', lpo: ' (lokalpolisområde)', riket: ' (hela landet)' } as Record<string, string>,
    measures: { index_0_6: 'index 0–6', share: 'andel i procent', index_0_100: 'index 0–100' } as Record<
      string,
      string
    >,
    notGiven: 'anges inte',
    noCategory: '–',
    remove: 'Ta bort',
    removeLabel: (what: string) => `Ta bort ${what}`,
    removeConfirm: (what: string) => `Ta bort ${what} med alla dess resultat?`,
    removed: (what: string) => `${what} togs bort.`,
  },
};
