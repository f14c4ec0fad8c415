/** Swedish words of EST (Effektiv samordning för trygghet): the weekly report, the weekly picture and the period summary. */

function periodNameSv(p: string): string {
  const [year, part] = p.split('-') as [string, string | undefined];
  if (!part) return `Helåret ${year}`;
  const n = Number(part.slice(1));
  if (part[0] === 'H') return `${n === 1 ? 'Första' : 'Andra'} halvåret ${year}`;
  if (part[0] === 'T') return `Tertial ${n} ${year}`;
  return `Kvartal ${n} ${year}`;
}

export const svEst = {
  est: {
    title: 'EST – Effektiv samordning för trygghet',
    intro:
      'Rapportörer från kommunen, polisen och bostadsbolagen rapporterar varje vecka eller varannan vecka per område mot en checklista. Rapporterna slås ihop till en gemensam veckobild, och områdena med störst behov analyseras varje kvartal eller tertial.',
    reportHeading: 'Lämna veckorapport',
    reportIntro: 'Svara för varje punkt. Det du inte har sett räknas som Inget.',
    week: 'Vecka',
    weekHint: 'ÅÅÅÅ-Wvv, till exempel 2026-W07.',
    weekInvalid: 'Skriv veckan som ÅÅÅÅ-Wvv, till exempel 2026-W07.',
    area: 'Område',
    areaHint: 'Stadsdel, by eller delområde.',
    itemNote: (item: string) => `Kommentar om ${item.toLowerCase()} (valfritt)`,
    note: 'Anteckning (valfritt)',
    submit: 'Skicka rapporten',
    filed: (week: string, area: string) => `Rapporten för ${area} vecka ${week.slice(6)} är sparad.`,
    weeklyHeading: 'Veckobilden',
    weeklyCaption: (week: string) =>
      `Sammanslagna rapporter vecka ${week.slice(6)} ${week.slice(0, 4)}, störst behov först`,
    noReports: (week: string) => `Inga rapporter för vecka ${week.slice(6)} ${week.slice(0, 4)}.`,
    reporters: 'Rapportörer',
    total: 'Summa',
    marked: 'Påtagligt',
    occurs: 'Förekommer',
    comments: 'Kommentarer',
    summaryHeading: 'Områden med störst behov',
    summaryIntro: 'Summan är för varje vecka den högsta nivån per punkt, oavsett hur många som rapporterat.',
    period: 'Period',
    periodName: periodNameSv,
    summaryFacts: (reports: number, weeks: number, from: string, to: string) =>
      `${reports} ${reports === 1 ? 'rapport' : 'rapporter'} under ${weeks} ${weeks === 1 ? 'vecka' : 'veckor'} (${from} – ${to}).`,
    summaryCaption: 'Områden i rangordning efter behov',
    rank: 'Rang',
    weeks: 'Veckor',
    reports: 'Rapporter',
    top: 'Vanligast',
  },
};
