/** English words of EST; the same shape as sv-est.ts. */
import type { svEst } from './sv-est.ts';

function periodNameEn(p: string): string {
  const [year, part] = p.split('-') as [string, string | undefined];
  if (!part) return `Full year ${year}`;
  const n = Number(part.slice(1));
  if (part[0] === 'H') return `${n === 1 ? 'First' : 'Second'} half of ${year}`;
  if (part[0] === 'T') return `Tertial ${n} ${year}`;
  return `Quarter ${n} ${year}`;
}

export const enEst: typeof svEst = {
  est: {
    title: 'EST – Effective coordination for safety',
    intro:
      'Reporters from the municipality, the police and the housing companies report every week or every other week per area against a checklist. The reports are merged into a shared weekly picture, and the areas most in need are analysed every quarter or tertial.',
    reportHeading: 'File a weekly report',
    reportIntro: 'Answer each item. What you have not seen counts as None.',
    week: 'Week',
    weekHint: 'YYYY-Www, for example 2026-W07.',
    weekInvalid: 'Enter the week as YYYY-Www, for example 2026-W07.',
    area: 'Area',
    areaHint: 'District, village or sub-area.',
    itemNote: (item: string) => `Comment on ${item.toLowerCase()} (optional)`,
    note: 'Note (optional)',
    submit: 'Send the report',
    filed: (week: string, area: string) => `The report for ${area}, week ${week.slice(6)}, is saved.`,
    weeklyHeading: 'The weekly picture',
    weeklyCaption: (week: string) => `Merged reports, week ${week.slice(6)} ${week.slice(0, 4)}, most in need first`,
    noReports: (week: string) => `No reports for week ${week.slice(6)} ${week.slice(0, 4)}.`,
    reporters: 'Reporters',
    total: 'Sum',
    marked: 'Marked',
    occurs: 'Occurs',
    comments: 'Comments',
    summaryHeading: 'Areas most in need',
    summaryIntro: 'For each week the sum takes the highest level per item, however many reported.',
    period: 'Period',
    periodName: periodNameEn,
    summaryFacts: (reports: number, weeks: number, from: string, to: string) =>
      `${reports} ${reports === 1 ? 'report' : 'reports'} over ${weeks} ${weeks === 1 ? 'week' : 'weeks'} (${from} – ${to}).`,
    summaryCaption: 'Areas ranked by need',
    rank: 'Rank',
    weeks: 'Weeks',
    reports: 'Reports',
    top: 'Most common',
  },
};
