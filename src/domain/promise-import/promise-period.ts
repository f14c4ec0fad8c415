/**
 * The promise's own period. In order of trust: a sentence or bullet that
 * states it ("Medborgarlöftet gäller för år 2019", "Löftet gäller till och
 * med 31 december 2026", "som grund för 2020 och 2021 års medborgarlöften"),
 * then the heading of the promise the commitments belong to ("Medborgarlöfte
 * 2021-2022"), then the document's title ("Medborgarlöfte för Kalix 2027."),
 * then the newest dated promise heading. Sentences about the agreement
 * (avtal, överenskommelse) or about an earlier promise ("Under 2023 års
 * löfte låg fokus på …", "Det tidigare löftet 2022–2023") never count.
 */
import type { PromiseDocument } from '../promise-document.ts';
import { type DateSpan, findDateSpans } from './dates.ts';
import type { Outline } from './structure.ts';
import { splitSentences } from './text.ts';

type Period = NonNullable<PromiseDocument['period']>;

const ABOUT_AGREEMENT = /avtal|överenskommelse/iu;
/** Words that place a sentence or heading in the past: it speaks of an earlier promise. */
const ABOUT_EARLIER =
  /(?<![\p{L}])(tidigare|förra|föregående|fjolårets|förr|låg|gällde|handlade|pågått|pågick|följdes|genomfördes|utvärderades|visade|sedan)(?![\p{L}])|(uppföljning|utvärdering|resultat)(en|et)?\s+(av|från)\s/iu;
const VALIDITY =
  /(?<![\p{L}])(gäller|gälla|avser|omfattar|löper|sträcker|pågår|pågå|genomförs|genomföras|giltig\p{L}*|period(en)?|tidsperiod)(?![\p{L}])|löfte(t|n|na)?\s+(för|inför)(?![\p{L}])/iu;
/** "Under 2026 lovar polisen och kommunen att …": an introduction that dates what is promised. */
const DATED_PROMISE = /^(under|inför|för)\s+(år\s+|åren\s+|läsåret\s+)?(\d{4}|läsår)/iu;
/** "fr.o.m." and "t.o.m." end with a dot that would otherwise end the sentence before the date. */
const ABBREVIATED = /(?<![\p{L}])(fr|t)\.\s?o\.\s?m\./giu;
const YEARS_PROMISE = /(?<![\p{L}])års\s+(medborgar)?löfte/iu;

/** "Gäller: 2026", "Giltighetstid: 2025-09-01 – 2026-08-31": a label line says by itself that it is the period. */
const PERIOD_LABEL =
  /^(gäller|giltig|giltighet|giltighetstid|period|löftesperiod|tidsperiod)(\s*:|\s+(?=\d|fr|från|till|under|för|t\.?\s?o\.?\s?m))/iu;
/** "gäller i två år", "och gäller ett år": a length counted from the start that is named. */
const LASTS = /(?<![\p{L}])(?:i|under|och\s+gäller|gäller)\s+(ett|två|tre|fyra|\d)\s+år(?![\p{L}])/iu;
const YEARS_WORD: Readonly<Record<string, number>> = { ett: 1, två: 2, tre: 3, fyra: 4 };

/** "Löftet gäller i två år från och med 2026" → 2026–2027; "börjar gälla 1 februari 2026 och gäller ett år" → to 31 januari 2027. */
function withLength(sentence: string, spans: DateSpan[]): DateSpan | null {
  const m = LASTS.exec(sentence);
  const start = spans[0];
  if (!m?.[1] || !start || spans.length > 1) return null;
  const years = YEARS_WORD[m[1].toLowerCase()] ?? Number(m[1]);
  const from = new Date(`${start.from}T00:00:00Z`);
  const end = new Date(Date.UTC(from.getUTCFullYear() + years, from.getUTCMonth(), from.getUTCDate() - 1));
  return { ...start, to: end.toISOString().slice(0, 10), openEnded: false, endOnly: false };
}

/** The span a sentence states for the promise, or null. */
function spanInSentence(sentence: string, inTimeline: boolean): DateSpan | null {
  if (ABOUT_AGREEMENT.test(sentence) || ABOUT_EARLIER.test(sentence)) return null;
  const labelled = PERIOD_LABEL.test(sentence) && sentence.length <= 60;
  const spans = findDateSpans(sentence);
  const years = YEARS_PROMISE.exec(sentence);
  if (years && /löfte/iu.test(sentence)) {
    const before = spans.filter((s) => s.end <= years.index && sentence.slice(s.end, years.index).trim() === '');
    if (before.length > 0) return before[before.length - 1] ?? null;
  }
  if (DATED_PROMISE.test(sentence) && /(?<![\p{L}])(lovar|löfte\p{L}*)(?![\p{L}])/iu.test(sentence))
    return spans[0] ?? null;
  const validity = VALIDITY.exec(sentence);
  if (!inTimeline && !labelled && (!validity || !/löfte/iu.test(sentence))) return null;
  const lasting = withLength(sentence, spans);
  if (lasting) return lasting;
  const from = validity?.index ?? 0;
  return (
    spans.find(
      (s) => s.start >= from && (s.precision !== 'day' || s.to !== s.from || s.openEnded || s.endOnly === true),
    ) ?? null
  );
}

/** Prose paragraphs and bullets of the promise, each with whether it sits under a "Period" heading. */
function promiseTexts(doc: Outline): Array<{ text: string; inTimeline: boolean }> {
  const out: Array<{ text: string; inTimeline: boolean }> = [];
  for (const unit of doc.units) {
    if (unit.region !== 'promise' || unit.scope?.old) continue;
    const inTimeline = unit.heading?.kind === 'timeline';
    if (unit.kind === 'prose') out.push({ text: unit.block.text, inTimeline });
    if (unit.kind !== 'list') continue;
    // "Under 2025 lovar polisen och kommunen att:" reads as a heading by its shape, but dates the list below it.
    if (unit.intro?.kind === 'heading') out.push({ text: unit.intro.text, inTimeline });
    for (const item of unit.items) out.push({ text: item.text, inTimeline });
  }
  return out;
}

function fromSentences(doc: Outline): DateSpan | null {
  // "Period: 1 september 2022 – 31 augusti 2023" is often written as a heading-like line.
  for (const h of doc.headings) {
    const timeline = h.kind === 'timeline' || PERIOD_LABEL.test(h.block.text);
    const span = timeline && h.region === 'promise' ? spanInSentence(h.block.text, true) : null;
    if (span) return span;
  }
  for (const { text, inTimeline } of promiseTexts(doc)) {
    for (const sentence of splitSentences(text.replace(ABBREVIATED, '$1.o.m'))) {
      const span = spanInSentence(sentence, inTimeline);
      if (span) return span;
    }
  }
  return null;
}

/** A period named in a promise heading or title: a year, a range or a school year, never a lone day. */
function spanOfHeading(text: string): DateSpan | undefined {
  if (ABOUT_AGREEMENT.test(text) || ABOUT_EARLIER.test(text)) return undefined;
  return findDateSpans(text).find((s) => s.precision !== 'day' || s.to !== s.from);
}

function fromHeadings(doc: Outline, scopeHeading: string | null, title: string | null): DateSpan | null {
  const dated = doc.headings
    .filter((h) => h.kind === 'promise' && h.region === 'promise')
    .map((h) => ({ text: h.block.text, span: spanOfHeading(h.block.text) }))
    .filter((h): h is { text: string; span: DateSpan } => h.span !== undefined);
  const scoped = dated.find((h) => h.text === scopeHeading);
  if (scoped) return scoped.span;
  const titled = title ? spanOfHeading(title) : undefined;
  if (titled) return titled;
  const topLine = topDateLine(doc);
  if (topLine) return topLine;
  const newest = dated.reduce<DateSpan | null>(
    (best, h) => (best === null || (h.span.to ?? h.span.from) > (best.to ?? best.from) ? h.span : best),
    null,
  );
  return newest;
}

/** A line of its own near the top that is only a year or a range ("Medborgarlöfte" / "Lycksele kommun och Polisen" / "2026"). */
function topDateLine(doc: Outline): DateSpan | null {
  for (const block of doc.blocks.slice(0, 4)) {
    if (block.kind !== 'heading' && block.kind !== 'paragraph') continue;
    const text = block.text.trim();
    const span = spanOfHeading(text);
    if (span && span.start === 0 && span.end === text.length) return span;
  }
  return null;
}

/** "Löftet gäller till och med 31 december 2026": the promise starts when it is signed, else on 1 January of that year. */
function endOnlyPeriod(span: DateSpan, signedAt: string | null): { period: Period; warnings: string[] } {
  const end = span.to ?? span.from;
  const from = signedAt && signedAt <= end ? signedAt : `${end.slice(0, 4)}-01-01`;
  return {
    period: { from, to: end },
    warnings: [
      ...span.warnings,
      `Löftet anger bara när det slutar (${end}); perioden antogs börja ${from}${signedAt === from ? ', när löftet undertecknades' : ''}.`,
    ],
  };
}

export function readPromisePeriod(
  doc: Outline,
  scopeHeading: string | null,
  context: { title?: string | null; signedAt?: string | null } = {},
): { period: Period | null; warnings: string[] } {
  const span = fromSentences(doc) ?? fromHeadings(doc, scopeHeading, context.title ?? null);
  if (!span) return { period: null, warnings: ['Löftets giltighetsperiod framgår inte av texten.'] };
  if (span.endOnly) return endOnlyPeriod(span, context.signedAt ?? null);
  return { period: { from: span.from, to: span.to }, warnings: span.warnings };
}
