/**
 * The promise's own period. In order of trust: a sentence that states it
 * ("Medborgarlöftet gäller för år 2019", "som grund för 2020 och 2021 års
 * medborgarlöften"), then the heading of the promise the commitments belong
 * to ("Medborgarlöfte 2021-2022"), then the newest dated promise heading.
 * Sentences about the agreement (avtal, överenskommelse) never count.
 */
import type { PromiseDocument } from '../promise-document.ts';
import { type DateSpan, findDateSpans } from './dates.ts';
import type { Outline } from './structure.ts';
import { splitSentences } from './text.ts';

type Period = NonNullable<PromiseDocument['period']>;

const ABOUT_AGREEMENT = /avtal|överenskommelse/iu;
const VALIDITY = /(?<![\p{L}])(gäller|gälla|avser|omfattar|löper|giltig\p{L}*|period(en)?|tidsperiod)(?![\p{L}])/iu;
const YEARS_PROMISE = /(?<![\p{L}])års\s+(medborgar)?löfte/iu;

/** The span a sentence states for the promise, or null. */
function spanInSentence(sentence: string, inTimeline: boolean): DateSpan | null {
  if (ABOUT_AGREEMENT.test(sentence)) return null;
  const spans = findDateSpans(sentence);
  const years = YEARS_PROMISE.exec(sentence);
  if (years && /löfte/iu.test(sentence)) {
    const before = spans.filter((s) => s.end <= years.index && sentence.slice(s.end, years.index).trim() === '');
    if (before.length > 0) return before[before.length - 1] ?? null;
  }
  const validity = VALIDITY.exec(sentence);
  if (!inTimeline && (!validity || !/löfte/iu.test(sentence))) return null;
  const from = validity?.index ?? 0;
  return spans.find((s) => s.start >= from && (s.precision !== 'day' || s.to !== s.from || s.openEnded)) ?? null;
}

function fromSentences(doc: Outline): DateSpan | null {
  // "Period: 1 september 2022 – 31 augusti 2023" is often written as a heading-like line.
  for (const h of doc.headings) {
    const span = h.kind === 'timeline' && h.region === 'promise' ? spanInSentence(h.block.text, true) : null;
    if (span) return span;
  }
  for (const unit of doc.units) {
    if (unit.kind !== 'prose' || unit.region !== 'promise') continue;
    const inTimeline = unit.heading?.kind === 'timeline';
    for (const sentence of splitSentences(unit.block.text)) {
      const span = spanInSentence(sentence, inTimeline);
      if (span) return span;
    }
  }
  return null;
}

function fromHeadings(doc: Outline, scopeHeading: string | null): DateSpan | null {
  const dated = doc.headings
    .filter((h) => h.kind === 'promise' && h.region === 'promise' && !ABOUT_AGREEMENT.test(h.block.text))
    .map((h) => ({ text: h.block.text, span: findDateSpans(h.block.text)[0] }))
    .filter((h): h is { text: string; span: DateSpan } => h.span !== undefined);
  const scoped = dated.find((h) => h.text === scopeHeading);
  if (scoped) return scoped.span;
  const newest = dated.reduce<DateSpan | null>(
    (best, h) => (best === null || (h.span.to ?? h.span.from) > (best.to ?? best.from) ? h.span : best),
    null,
  );
  return newest;
}

export function readPromisePeriod(
  doc: Outline,
  scopeHeading: string | null,
): { period: Period | null; warnings: string[] } {
  const span = fromSentences(doc) ?? fromHeadings(doc, scopeHeading);
  if (!span) return { period: null, warnings: ['Löftets giltighetsperiod framgår inte av texten.'] };
  return { period: { from: span.from, to: span.to }, warnings: span.warnings };
}
