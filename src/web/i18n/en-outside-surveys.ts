/** English words of the survey results from outside; the same shape as sv-outside-surveys.ts. */
import type { svOutside } from './sv-outside-surveys.ts';

export const enOutside: typeof svOutside = {
  outside: {
    heading: 'Safety surveys from the police, Brå and Statistics Sweden',
    intro:
      "Results the municipality gets from others: the police's local safety survey (index 0–6 per statement and area), Brå's Swedish Crime Survey (share in per cent) and Statistics Sweden's citizen survey (index 0–100). Copy the report's table into a spreadsheet, save it as CSV and import it here. The results are evidence in the situation picture and the baseline when outcomes are followed up.",
    importHeading: 'Import a survey',
    importIntro:
      'A new file for the same source and year replaces the earlier one. If any row is wrong nothing is saved, and you are told which rows and why.',
    source: 'Source',
    sources: {
      polisen_trygghetsmatning: "The police's local safety survey (trygghetsmätning)",
      bra_ntu: "Brå's Swedish Crime Survey (NTU)",
      scb_medborgarundersokning: "Statistics Sweden's citizen survey (medborgarundersökning)",
    },
    layoutHint: (header: string) =>
      `The header row should be ${header}. The uncertainty may be given in a column Konfidensintervall (e.g. 2,1–2,5) or Felmarginal (±). Semicolon or comma as separator, decimal comma.`,
    year: 'Year of the survey',
    yearInvalid: 'Write the year with four digits.',
    file: 'File (CSV)',
    chooseFile: 'Choose a file.',
    notCsv:
      'The file is not text. Save the table as CSV (semicolon separated) in the spreadsheet program and choose that file.',
    submit: 'Import the survey',
    imported: (r) =>
      `Imported: ${r.added} new, ${r.updated} changed, ${r.unchanged} unchanged and ${r.removed} removed results${r.skipped ? `; ${r.skipped} ${r.skipped === 1 ? 'row' : 'rows'} without a figure in the source skipped` : ''}.`,
    listHeading: (kommun) => `Imported surveys for ${kommun}`,
    none: 'No surveys are imported for the municipality yet.',
    caption: (source, year) => `${source} ${year}`,
    meta: (fileName, by, at) => `${fileName ? `File ${fileName}, i` : 'I'}mported by ${by} ${at}.`,
    place: 'Area',
    item: 'Statement or question',
    value: 'Value',
    answers: 'Answers',
    interval: 'Uncertainty',
    category: 'Problem category',
    wholeKommun: 'Whole municipality',
    levelSuffix: { lan: ' (county)', lpo: ' (local police area)', riket: ' (whole country)' },
    measures: { index_0_6: 'index 0–6', share: 'share in per cent', index_0_100: 'index 0–100' },
    notGiven: 'not given',
    noCategory: '–',
    remove: 'Remove',
    removeLabel: (what) => `Remove ${what}`,
    removeConfirm: (what) => `Remove ${what} with all its results?`,
    removed: (what) => `${what} was removed.`,
  },
};
