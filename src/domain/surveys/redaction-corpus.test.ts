/**
 * Recall and over-masking of the redaction on residents' answers
 * (redaction-corpus.data.ts): every labelled span must be masked, and
 * little else. Prints both figures as one JSON line.
 */
import { describe, expect, it } from 'vitest';
import { CORPUS, CORPUS_KEEP } from './redaction-corpus.data.ts';
import { findPersonalData } from './redaction.ts';

interface Labelled {
  text: string;
  spans: { start: number; end: number }[];
}

function parse(marked: string): Labelled {
  const spans: Labelled['spans'] = [];
  let text = '';
  for (const part of marked.split(/(\[\[[^\]]*\]\])/)) {
    if (part.startsWith('[[')) {
      spans.push({ start: text.length, end: text.length + part.length - 4 });
      text += part.slice(2, -2);
    } else text += part;
  }
  return { text, spans };
}

function measure() {
  let spans = 0,
    caught = 0,
    keptChars = 0,
    overChars = 0;
  const missed: string[] = [];
  const over: string[] = [];
  for (const marked of CORPUS) {
    const { text, spans: labelled } = parse(marked);
    const found = findPersonalData(text, { keep: CORPUS_KEEP });
    const masked = new Uint8Array(text.length);
    for (const f of found) masked.fill(1, f.start, f.end);
    const inLabel = new Uint8Array(text.length);
    for (const s of labelled) {
      inLabel.fill(1, s.start, s.end);
      spans++;
      // A span counts as masked when all its letters and digits are covered.
      const covered = [...text.slice(s.start, s.end)].every((ch, k) => !/[\p{L}\d]/u.test(ch) || masked[s.start + k]);
      if (covered) caught++;
      else missed.push(`${text.slice(s.start, s.end)} | ${text}`);
    }
    for (let i = 0; i < text.length; i++) {
      if (inLabel[i] || /\s/.test(text[i]!)) continue;
      keptChars++;
      if (masked[i]) overChars++;
    }
    for (const f of found) {
      if (!labelled.some((s) => f.start < s.end && f.end > s.start))
        over.push(`${text.slice(f.start, f.end)} | ${text}`);
    }
  }
  return { answers: CORPUS.length, spans, recall: caught / spans, overMasking: overChars / keptChars, missed, over };
}

describe("masking measured on residents' answers", () => {
  it('masks at least 95 % of labelled personal data and at most 2 % of the rest', () => {
    const m = measure();
    console.log(
      JSON.stringify({
        answers: m.answers,
        labelledSpans: m.spans,
        recall: Number(m.recall.toFixed(4)),
        overMasking: Number(m.overMasking.toFixed(4)),
      }),
    );
    expect(m.answers).toBeGreaterThanOrEqual(200);
    expect(m.recall, m.missed.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(m.overMasking, m.over.join('\n')).toBeLessThanOrEqual(0.02);
  });
});
