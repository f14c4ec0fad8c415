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
    categoryHint: 'Behövs bara när filen saknar kolumnen Brottskategori. Lämna tomt för samtliga brott.',
    noSeries: 'Ingen statistik inläst för kommunen än.',
    noTrend: 'Det behövs minst tre år med värden för att säga något om utvecklingen.',
    dashNote: 'streck (-) i källan, räknat som noll',
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
      bra: 'Brå: anmälda brott (CSV)',
      polisen: 'Polisen: händelser (JSON)',
      scb: 'SCB: folkmängd (JSON eller CSV)',
    } as Record<StatSource, string>,
    layoutsIntro: 'Filer som kan läsas in:',
    layouts: {
      bra: [
        'Brå:s årsfil med anmälda brott per kommun (Kommun;Antal;Per 100 000 inv., med eller utan rubrikrad). Ange året filen gäller.',
        'En tabell ur Brå:s statistikdatabas per region, brottskategori och år, sparad som CSV: med kolumnerna Region;Brottskategori;År;Antal eller med åren som kolumner. Åren står i filen. Län och riket sparas också, så kommunen kan jämföras med dem.',
        '".." betyder att uppgiften saknas, "-" betyder noll och visas som ett streck i serien. Excel-filer (.xlsx) kan inte läsas direkt: spara tabellen som CSV (semikolonavgränsad, UTF-8) först.',
      ],
      polisen: [
        'Polisens händelser som JSON, som polisen.se/api/events ger dem. En händelse som redan finns uppdateras bara om den ändrats.',
      ],
      scb: [
        'Folkmängd per region och år (SCB:s tabell BE0101N1) från PxWeb: JSON-svar, PxWeb API v2 i JSON-stat 2 eller en CSV-fil ("region","år","Folkmängd" eller åren som kolumner).',
        'Kommuner, län och riket sparas. Välj ett enda värde för övriga variabler (till exempel kön: totalt).',
      ],
    } as Record<StatSource, readonly string[]>,
    year: 'År filen gäller',
    yearHint: 'Bara för Brå:s årsfil per kommun. En tabell ur statistikdatabasen har åren i sig.',
    yearInvalid: 'Skriv året med fyra siffror.',
    excelFile:
      'Excel-filer kan inte läsas in direkt. Spara tabellen som CSV (semikolonavgränsad, UTF-8) och välj den filen.',
    file: 'Fil',
    chooseFile: 'Välj en fil.',
    submit: 'Läs in',
    imported: (r: { imported: number; updated: number; unchanged: number; dashes: number; skipped: number }) =>
      `Inläst: ${r.imported} nya, ${r.updated} ändrade och ${r.unchanged} oförändrade rader.` +
      (r.dashes
        ? ` ${r.dashes} ${r.dashes === 1 ? 'värde' : 'värden'} med streck (-) i källan räknas som noll och märks i serien.`
        : '') +
      (r.skipped ? ` ${r.skipped} ${r.skipped === 1 ? 'rad' : 'rader'} hoppades över (till exempel stadsdelar).` : ''),
    nothingSaved: 'Inget sparades',
    problemsCaption: 'Rader med fel',
    line: 'Rad',
    error: 'Fel',
  },
};
