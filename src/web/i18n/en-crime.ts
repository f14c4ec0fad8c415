/** English words of the lägesbild's crime section; the same shape as sv-crime.ts. */
import type { svCrime } from './sv-crime.ts';

export const enCrime: typeof svCrime = {
  crime: {
    heading: 'Extent of crime',
    intro:
      "The statistics imported for the municipality: reported crimes per category and year (BRÅ), per 100,000 inhabitants with SCB's population, compared with the county and the country, and the police's events per month. The latest year is compared with the mean of the three years before.",
    none: "No statistics are imported for the municipality yet. Import BRÅ's, SCB's and the police's files under Statistics.",
    riket: 'Sweden',
    kommunName: (name: string) => (/\s(kommun|stad)$/i.test(name) ? name : `${name} municipality`),
    year: 'Year',
    count: 'Count',
    rate: 'Per 100,000 inhabitants',
    countOf: (place: string) => `Count, ${place}`,
    rateOf: (place: string) => `Per 100,000, ${place}`,
    policeInitiated:
      "These offences are mostly found through the police's own work, so the count also reflects how much the police have worked on them.",
    dash: '"-" in the source',
    perRate: 'per 100,000 inhabitants',
    perCount: 'number of reported crimes',
    tableCaption: (label: string) => `${label}: reported crimes per year`,
    chartSummary: (label: string, what: string, places: string) =>
      `The chart shows ${label.toLowerCase()}, ${what}, per year for ${places}. The table below the chart has the same figures.`,
    comparison: (place: string, year: number, count: string, span: string, mean: string, change: string) =>
      `${place}: ${count} crimes in ${year} against a mean of ${mean} crimes a year ${span}; ${change}.`,
    changeUp: (pct: string, basis: string) => `${pct} per cent higher ${basis}`,
    changeDown: (pct: string, basis: string) => `${pct} per cent lower ${basis}`,
    changeSame: (basis: string) => `the same level ${basis}`,
    changeNone: 'the mean is 0, no percentage',
    basisRate: 'per 100,000 inhabitants',
    basisCount: 'in numbers',
    noComparison: (place: string, reason: string) => `${place}: no comparison. ${reason}`,
    eventsHeading: (year: number) => `Police events ${year}`,
    eventsIntro: (total: string, year: number) =>
      `${total} events were published on polisen.se in ${year}. They are a selection the police publish, not crime statistics.`,
    eventsChartSummary: 'The chart shows the events per month by type. The table below has the same figures.',
    eventsCaption: (year: number) => `Police events per type and month ${year}`,
    eventType: 'Event type',
    total: 'Total',
    otherTypes: 'Other types',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    sources: 'Sources',
    imported: (date: string) => `imported ${date}`,
    propose: 'Propose text from the statistics',
    proposeHint:
      'Writes a proposal from the statistics into the field above (in Swedish, as the document). Nothing is saved until you save the texts, and text you have written is only replaced if you choose so.',
    proposeNone: 'There are no imported statistics to write a proposal from.',
    proposeFilled: 'The proposal is now in the field. Edit it and save the texts.',
    proposeConflict: 'The field already has text. What should happen to it?',
    proposeReplace: 'Replace my text with the proposal',
    proposeAppend: 'Add the proposal after my text',
    proposeCancel: 'Keep my text',
  },
};
