/**
 * The document's prose sections, copied verbatim from under their headings:
 * Genomförande, Kommunikation, Uppföljning, and Problembild / Gemensam
 * lägesbild. Sections of an attached agreement are not the promise's.
 */
import type { PromiseDocument } from '../promise-document.ts';
import { type SectionKey, sectionKeyOf } from './headings.ts';
import { leadingSubjects } from './responsible.ts';
import type { HeadingRef, Outline } from './structure.ts';
import { stripMarkup, tidy } from './text.ts';

export type Sections = PromiseDocument['sections'];

const SECTION_NAMES: Readonly<Record<SectionKey, string>> = {
  implementation: 'Genomförande',
  communication: 'Kommunikation',
  followUp: 'Uppföljning',
  problemPicture: 'Problembild',
};

/** Lines [from, to) as one text: markup removed, blank-line runs kept as one paragraph break. */
function bodyText(lines: string[], from: number, to: number): string {
  const out: string[] = [];
  for (const raw of lines.slice(from, to)) {
    const line = tidy(stripMarkup(raw)).replace(/\t/g, ' ');
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/**
 * A sentence ending in a colon ("Av dialogerna framkommer att de viktigaste
 * problemen är:") introduces a list inside the section; a short title or a
 * promise intro with its own doer ("Polisen lovar att:") starts something new.
 */
function continuesSection(h: HeadingRef): boolean {
  const text = h.block.text;
  return (
    h.kind === 'other' && /:\s*$/u.test(text) && text.split(/\s+/u).length >= 7 && leadingSubjects(text).length === 0
  );
}

export function readSections(lines: string[], doc: Outline): { sections: Sections; warnings: string[] } {
  const sections: Sections = { implementation: null, communication: null, followUp: null, problemPicture: null };
  const warnings: string[] = [];
  doc.headings.forEach((h, k) => {
    const key = sectionKeyOf(h.kind);
    if (!key || h.region !== 'promise') return;
    const next = doc.headings.slice(k + 1).find((n) => !continuesSection(n));
    const body = bodyText(lines, h.block.end, next ? next.block.start : lines.length);
    if (body === '') return;
    const current = sections[key];
    if (current === null) sections[key] = body;
    else if (current !== body) {
      warnings.push(`Avsnittet ${SECTION_NAMES[key]} finns flera gånger i texten; det första användes.`);
    }
  });
  return { sections, warnings };
}
