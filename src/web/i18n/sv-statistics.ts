/** Swedish words of Statistik: imports from BRÅ, Polisen and SCB, and a kommun's series with its trend. */
import type { StatSource } from '../api/statistics.ts';

export const svStatistics = {
  statistics: {
    title: 'Statistik',
    intro:
      'Anmälda brott från Brå, Polisens händelser och SCB:s folkmängd. Händelserna blir underlag i lägesbilden, och folkmängden gör att brotten kan räknas per 100 000 invånare.',
    seriesHeading: 'Utvecklingen över åren',
    seriesNote: (kommun: string) =>
      `Siffrorna för ${kommun} kommer från de filer som lästs in. Saknas ett år, läs in Brå:s fil för det året.`,
    category: 'Brottskategori',
    categoryHint: 'Lämna tomt för samtliga brott.',
    noSeries: 'Ingen statistik inläst för kommunen än.',
    noTrend: 'Det behövs minst två år för att säga något om utvecklingen.',
    basisRate: 'Anmälda brott per 100 000 invånare',
    basisCount: 'Antalet anmälda brott',
    fromTo: (from: string, to: string, firstYear: number, lastYear: number) =>
      `från ${from} år ${firstYear} till ${to} år ${lastYear}`,
    trendUp: (what: string, pace: string, values: string) =>
      `${what} har ökat med i snitt ${pace} procent per år, ${values}.`,
    trendDown: (what: string, pace: string, values: string) =>
      `${what} har minskat med i snitt ${pace} procent per år, ${values}.`,
    trendFlat: (what: string, values: string) => `${what} är i stort sett oförändrat, ${values}.`,
    rate: 'Per 100 000 invånare',
    count: 'Antal',
    population: 'Folkmängd',
    yearColumn: 'År',
    trendLine: 'Trend',
    tableCaption: (kommun: string, category: string) => `${kommun}: ${category} per år`,
    importHeading: 'Läs in statistik',
    importIntro: 'Är någon rad fel sparas ingenting, och du får veta vilka rader och varför.',
    source: 'Källa',
    sources: {
      bra: 'Brå: anmälda brott per kommun (CSV)',
      polisen: 'Polisen: händelser (JSON)',
      scb: 'SCB: folkmängd per kommun (JSON)',
    } as Record<StatSource, string>,
    year: 'År filen gäller',
    yearInvalid: 'Skriv året med fyra siffror.',
    file: 'Fil',
    chooseFile: 'Välj en fil.',
    submit: 'Läs in',
    imported: (imported: number, updated: number, skipped: number) =>
      `Inläst: ${imported} ${imported === 1 ? 'rad' : 'rader'} sparade${updated ? `, ${updated} uppdaterade` : ''}${skipped ? `, ${skipped} hoppades över (till exempel rikets total)` : ''}.`,
    nothingSaved: 'Inget sparades',
    problemsCaption: 'Rader med fel',
    line: 'Rad',
    error: 'Fel',
  },
};
