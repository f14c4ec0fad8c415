/**
 * The draft of the lägesbild's text on the extent of crime, in plain
 * Swedish, from the computed section (crime-section.ts). Every change in
 * percent is said next to the counts it is computed from, and the text ends
 * with the sources and the dates they were imported, so the analyst who
 * edits it knows where each figure comes from.
 */
import { swedishDay } from '../calendar.ts';
import { MONTH_NAMES_SV } from '../progress/labels.ts';
import { formatNumberSv } from '../reader-text.ts';
import type { CrimeCategory, LastVsMean, PoliceEventsByMonth, RegionSeries, SectionSource } from './crime-section.ts';

const one = (n: number) => formatNumberSv(Math.round(n * 10) / 10);
const whole = (n: number) => formatNumberSv(Math.round(n));

/** "2026-01-10T09:00:00Z" → "10 januari 2026" (the day in Sweden). */
export function dateSv(iso: string): string {
  const [y, m, d] = swedishDay(new Date(iso)).split('-').map(Number);
  return `${d} ${MONTH_NAMES_SV[m! - 1]} ${y}`;
}

function joinSv(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

export function regionNameSv(region: Pick<RegionSeries, 'level' | 'name'>): string {
  if (region.level === 'riket') return 'hela landet';
  if (region.level === 'lan') return region.name;
  return /\s(kommun|stad)$/i.test(region.name) ? region.name : `${region.name} kommun`;
}

const brott = (n: number) => `${whole(n)} brott`;

/** "12,3 procent högre än", "4 procent lägre än", "samma som". */
export function changeSv(changePercent: number): string {
  if (Math.abs(changePercent) < 0.05) return 'samma som';
  return `${one(Math.abs(changePercent))} procent ${changePercent > 0 ? 'högre' : 'lägre'} än`;
}

function span(c: LastVsMean): string {
  return `${c.previousYears[0]}–${c.previousYears[c.previousYears.length - 1]}`;
}

/** "Antalet per 100 000 invånare är 27,3 procent högre än medelvärdet för 2021–2023 (6 875 per 100 000 invånare, i snitt 1 100 brott per år)." */
function comparisonSv(c: LastVsMean): string {
  const meanCount = `i snitt ${brott(c.meanCount)} per år`;
  const mean = c.basis === 'ratePer100k' ? `${one(c.meanRatePer100k!)} per 100 000 invånare, ${meanCount}` : meanCount;
  if (c.changePercent === null) return `Medelvärdet för ${span(c)} var ${mean}.`;
  const what = c.basis === 'ratePer100k' ? 'Antalet per 100 000 invånare' : 'Antalet';
  return `${what} är ${changeSv(c.changePercent)} medelvärdet för ${span(c)} (${mean}).`;
}

/** "1 400 brott i Kalix kommun, 8 750 per 100 000 invånare". */
function levelSv(count: number, rate: number | null, place: string): string {
  return `${brott(count)} i ${place}${rate === null ? '' : `, ${one(rate)} per 100 000 invånare`}`;
}

function ownSentences(category: CrimeCategory): string[] {
  const own = category.kommun;
  const name = regionNameSv(own);
  const c = own.lastVsMean;
  if (c) return [`År ${c.year} anmäldes ${levelSv(c.count, c.ratePer100k, name)}.`, comparisonSv(c)];
  const last = own.points[own.points.length - 1];
  const sentences: string[] = [];
  if (last && last.count !== null)
    sentences.push(`År ${last.year} anmäldes ${levelSv(last.count, last.ratePer100k, name)}.`);
  if (own.noComparison) sentences.push(`Ingen jämförelse med tidigare år: ${own.noComparison.message}`);
  return sentences;
}

function otherSentence(region: RegionSeries | null): string | null {
  const c = region?.lastVsMean;
  if (!region || !c) return null;
  const change =
    c.changePercent === null
      ? ''
      : `; ${c.basis === 'ratePer100k' ? 'antalet per 100 000 invånare' : 'antalet'} är ${changeSv(c.changePercent)} medelvärdet för ${span(c)} (i snitt ${brott(c.meanCount)} per år)`;
  return `Samma år anmäldes ${levelSv(c.count, c.ratePer100k, regionNameSv(region))}${change}.`;
}

/** Said of the categories the police mostly find through their own work. */
export const POLICE_INITIATED_SV =
  'Brotten upptäcks oftast genom Polisens eget arbete, så antalet speglar också hur mycket Polisen har arbetat med dem.';

export function categoryParagraphSv(category: CrimeCategory): string {
  const sentences = [
    ...ownSentences(category),
    otherSentence(category.lan),
    otherSentence(category.riket),
    category.policeInitiated ? POLICE_INITIATED_SV : null,
  ].filter((s): s is string => Boolean(s));
  return `${category.label}: ${sentences.join(' ')}`;
}

export function eventsParagraphSv(events: PoliceEventsByMonth, kommunName: string): string {
  const top = events.types.slice(0, 3).map((t) => `${t.type.toLocaleLowerCase('sv-SE')} (${whole(t.total)})`);
  const most = top.length ? ` Flest gällde ${joinSv(top)}.` : '';
  return (
    `Polisens händelser: ${whole(events.total)} ${events.total === 1 ? 'händelse' : 'händelser'} i ${kommunName} ` +
    `publicerades på polisen.se ${events.year}.${most} Händelserna är ett urval som Polisen publicerar, inte brottsstatistik.`
  );
}

export function sourcesSv(sources: SectionSource[]): string {
  if (sources.length === 0) return '';
  const lines = sources.map((s) => `${s.label}, ${s.what}${s.importedAt ? ` (inläst ${dateSv(s.importedAt)})` : ''}`);
  return `${sources.length === 1 ? 'Källa' : 'Källor'}: ${lines.join('; ')}.`;
}

/** The whole draft: a paragraph per category, one on Polisen's events, and the sources; paragraphs apart by a blank line. */
export function crimeDraftSv(input: {
  kommunName: string;
  categories: CrimeCategory[];
  events: PoliceEventsByMonth | null;
  sources: SectionSource[];
}): string {
  const kommun = regionNameSv({ level: 'kommun', name: input.kommunName });
  const paragraphs = [
    ...input.categories.map(categoryParagraphSv),
    ...(input.events ? [eventsParagraphSv(input.events, kommun)] : []),
    sourcesSv(input.sources),
  ].filter((p) => p !== '');
  return paragraphs.join('\n\n');
}
