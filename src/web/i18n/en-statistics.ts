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
    categoryHint: 'Leave empty for all crimes.',
    noSeries: 'No statistics imported for the municipality yet.',
    noTrend: 'At least two years are needed to say anything about the trend.',
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
      bra: 'Brå: reported crime per municipality (CSV)',
      polisen: 'Police: events (JSON)',
      scb: 'SCB: population per municipality (JSON)',
    },
    year: 'Year the file covers',
    yearInvalid: 'Enter the year with four digits.',
    file: 'File',
    chooseFile: 'Choose a file.',
    submit: 'Import',
    imported: (imported: number, updated: number, skipped: number) =>
      `Imported: ${imported} ${imported === 1 ? 'row' : 'rows'} saved${updated ? `, ${updated} updated` : ''}${skipped ? `, ${skipped} skipped (for example the national total)` : ''}.`,
    nothingSaved: 'Nothing was saved',
    problemsCaption: 'Rows with errors',
    line: 'Row',
    error: 'Error',
  },
};
