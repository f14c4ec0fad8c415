/** English words of Statistik; the same shape as sv-statistics.ts. */
import type { svStatistics } from './sv-statistics.ts';

export const enStatistics: typeof svStatistics = {
  statistics: {
    title: 'Statistics',
    intro:
      "Reported crime from Brå, the police's events and the population from SCB. The events feed the situation picture, and the population lets crime be counted per 100,000 inhabitants.",
    seriesHeading: 'Change over the years',
    seriesNote: (kommun: string) =>
      `The figures for ${kommun} come from the files imported. If a year is missing, import Brå's file for that year.`,
    category: 'Crime category',
    categoryHint: 'Only needed when the file has no crime category column. Leave empty for all crimes.',
    noSeries: 'No statistics imported for the municipality yet.',
    noTrend: 'At least three years with values are needed to say anything about the trend.',
    dashNote: 'dash (-) in the source, counted as zero',
    basisRate: 'Reported crimes per 100,000 inhabitants',
    basisCount: 'The number of reported crimes',
    fromTo: (from: string, to: string, firstYear: number, lastYear: number) =>
      `from ${from} in ${firstYear} to ${to} in ${lastYear}`,
    trendUp: (what: string, pace: string, values: string) =>
      `${what} rose by ${pace} per cent a year on average, ${values}.`,
    trendDown: (what: string, pace: string, values: string) =>
      `${what} fell by ${pace} per cent a year on average, ${values}.`,
    trendFlat: (what: string, values: string) => `${what} stayed about the same, ${values}.`,
    rate: 'Per 100,000 inhabitants',
    count: 'Number',
    population: 'Population',
    yearColumn: 'Year',
    trendLine: 'Trend',
    tableCaption: (kommun: string, category: string) => `${kommun}: ${category} per year`,
    importHeading: 'Import statistics',
    importIntro: 'If any row is wrong nothing is saved, and you learn which rows and why.',
    source: 'Source',
    sources: {
      bra: 'Brå: reported crime (CSV)',
      polisen: 'Police: events (JSON)',
      scb: 'SCB: population (JSON or CSV)',
    },
    layoutsIntro: 'Files that can be imported:',
    layouts: {
      bra: [
        "Brå's yearly file of reported crime per municipality (Kommun;Antal;Per 100 000 inv., with or without a header). Give the year the file covers.",
        "A table from Brå's statistics database by region, crime category and year, saved as CSV: with the columns Region;Brottskategori;År;Antal or with the years as columns. The years are in the file. Counties and the whole country are stored too, for comparison.",
        '".." means not available, "-" means zero and is marked in the series. Excel files (.xlsx) cannot be read directly: save the table as CSV (semicolon separated, UTF-8) first.',
      ],
      polisen: [
        "The police's events as JSON, as polisen.se/api/events gives them. An event already stored is updated only if it changed.",
      ],
      scb: [
        'Population by region and year (SCB\'s table BE0101N1) from PxWeb: a JSON answer, PxWeb API v2 in JSON-stat 2 or a CSV file ("region","år","Folkmängd" or the years as columns).',
        'Municipalities, counties and the whole country are stored. Choose a single value for other variables (for example sex: total).',
      ],
    },
    year: 'Year the file covers',
    yearHint: "Only for Brå's yearly file per municipality. A table from the statistics database holds its years.",
    yearInvalid: 'Enter the year with four digits.',
    excelFile:
      'Excel files cannot be imported directly. Save the table as CSV (semicolon separated, UTF-8) and choose that file.',
    file: 'File',
    chooseFile: 'Choose a file.',
    submit: 'Import',
    imported: (r: { imported: number; updated: number; unchanged: number; dashes: number; skipped: number }) =>
      `Imported: ${r.imported} new, ${r.updated} changed and ${r.unchanged} unchanged rows.` +
      (r.dashes
        ? ` ${r.dashes} ${r.dashes === 1 ? 'value' : 'values'} written as a dash (-) in the source count as zero and are marked in the series.`
        : '') +
      (r.skipped
        ? ` ${r.skipped} ${r.skipped === 1 ? 'row was' : 'rows were'} skipped (for example city districts).`
        : ''),
    nothingSaved: 'Nothing was saved',
    problemsCaption: 'Rows with errors',
    line: 'Row',
    error: 'Error',
  },
};
