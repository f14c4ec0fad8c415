/**
 * Swedish wording shared by the report renderers: dates in words, the
 * parties line, lists joined with "och", the fallback title. Everything a
 * reader sees in a printed medborgarlöfte is phrased here once, so the PDF,
 * the Word file and the plan say the same thing.
 */
import { MONTH_NAMES_SV } from '../domain/progress/labels.ts';
import type { PromiseSetDocument } from '../domain/promise-set.ts';

type Period = PromiseSetDocument['period'];

/** "2020-01-01" → "1 januari 2020"; an unreadable value is shown as written. */
export function formatDateSv(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTH_NAMES_SV[Number(match[2]) - 1];
  if (!month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** "1 januari 2020 – 31 december 2021", "från 1 januari 2022, tills vidare", or null. */
export function periodSv(period: Period): string | null {
  if (!period) return null;
  if (period.to === null) return `från ${formatDateSv(period.from)}, tills vidare`;
  return `${formatDateSv(period.from)} – ${formatDateSv(period.to)}`;
}

function isWholeYears(from: string, to: string): boolean {
  return from.endsWith('-01-01') && to.endsWith('-12-31');
}

/** The period as a title would say it: "2019", "2020–2021", "från 2022". */
export function periodShortSv(period: Period): string | null {
  if (!period) return null;
  const fromYear = period.from.slice(0, 4);
  if (period.to === null) {
    return period.from.endsWith('-01-01') ? `från ${fromYear}` : `från ${formatDateSv(period.from)}`;
  }
  const toYear = period.to.slice(0, 4);
  if (isWholeYears(period.from, period.to)) return fromYear === toYear ? fromYear : `${fromYear}–${toYear}`;
  return `${formatDateSv(period.from)} – ${formatDateSv(period.to)}`;
}

/** "a", "a och b", "a, b och c". */
export function joinSv(items: readonly string[]): string {
  const clean = items.map((item) => item.trim()).filter((item) => item !== '');
  if (clean.length <= 1) return clean[0] ?? '';
  return `${clean.slice(0, -1).join(', ')} och ${clean[clean.length - 1]}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

/**
 * Parties as a sentence reads them: normalised values ("polisen",
 * "kommunen") stay lower case inside the list and the first word gets a
 * capital, so ["polisen", "kommunen"] reads "Polisen och kommunen".
 */
export function partiesSv(parties: readonly string[]): string {
  return capitalise(joinSv(parties));
}

/** "Kalix" → "Kalix kommun"; names that already say kommun or stad are kept. */
export function municipalityLabelSv(name: string): string {
  const trimmed = name.trim();
  return /\s(kommun|stad)$/i.test(trimmed) ? trimmed : `${trimmed} kommun`;
}

/** "Östra Norrbotten" → "Lokalpolisområde Östra Norrbotten"; none named → "Polisen". */
export function policeAreaLabelSv(policeArea: string | null): string {
  const trimmed = policeArea?.trim() ?? '';
  if (trimmed === '') return 'Polisen';
  return /^(lokalpolisområde|lpo|polis)/i.test(trimmed) ? trimmed : `Lokalpolisområde ${trimmed}`;
}

/** "Lokalpolisområde Östra Norrbotten och Kalix kommun". */
export function partiesLineSv(doc: PromiseSetDocument): string {
  const kommuner = doc.municipalities.map((m) => municipalityLabelSv(m.name));
  return joinSv([policeAreaLabelSv(doc.policeArea), ...kommuner]);
}

/** The document's own title, or "Medborgarlöfte Kalix 2020–2021" when it has none. */
export function documentTitleSv(doc: PromiseSetDocument): string {
  const own = doc.title?.trim();
  if (own) return own;
  const names = joinSv(doc.municipalities.map((m) => m.name));
  return ['Medborgarlöfte', names, periodShortSv(doc.period) ?? ''].filter((part) => part !== '').join(' ');
}

const generatedFormat = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Stockholm',
});

/** The print date as Swedish readers expect it, in Swedish time. */
export function formatGeneratedAtSv(date: Date): string {
  return generatedFormat.format(date);
}

export type ProseBlock = { kind: 'paragraph' | 'bullet'; text: string };

const BULLET_MARK = /^\s*[-–•*·]\s+/;

/**
 * Splits a verbatim section into paragraphs and bullets: blank lines end a
 * paragraph, a line starting with a list mark is a bullet, and other single
 * line breaks are the wrapping of the source and become spaces.
 */
export function splitProse(text: string | null | undefined): ProseBlock[] {
  if (!text) return [];
  const blocks: ProseBlock[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
    } else if (BULLET_MARK.test(raw)) {
      flush();
      blocks.push({ kind: 'bullet', text: raw.replace(BULLET_MARK, '').trim() });
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
