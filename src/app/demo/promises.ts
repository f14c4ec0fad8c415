/**
 * Demo promise sets. documents/ holds five promise documents of the
 * project's own writing (fictional texts for the demo kommuner, in the style
 * real kommuner use; the real documents never enter the repository): in the
 * demo each is the kommun's earlier promise, its years moved so that it
 * ended the year before the current one began. documents/current/ holds the
 * current promises, written with year placeholders ({Y0} first year, {Y1},
 * {Y2} the next, {L} the year of the lägesbild) so they always run over today.
 * Both are read by the importer, signed, agreed and published by the kommun's
 * coordinator through the promise use cases.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Deps } from '../deps.ts';
import { importPromiseText } from '../../domain/promise-import/index.ts';
import type { PromiseSetDocument } from '../../domain/promise-set.ts';
import { createPromiseSet, transitionPromiseSet, type StoredPromiseSet } from '../promises/promise-sets.ts';
import { addDays } from '../../domain/progress/index.ts';
import { at, type DemoTimeline } from './clock.ts';
import type { KommunCast } from './people.ts';

const DOCUMENTS = new URL('./documents/', import.meta.url);
const CURRENT = new URL('./documents/current/', import.meta.url);

/** The demo's promise documents (file names in documents/), in a stable order. */
export function demoDocumentFiles(): string[] {
  return readdirSync(DOCUMENTS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** The text of one demo promise document, e.g. demoDocumentText('kalix.txt'). */
export function demoDocumentText(file: string): string {
  return readFileSync(new URL(file, DOCUMENTS), 'utf8');
}

/** Every year in the text moved by `shift` (titles, periods, dates of signing). */
function shiftYears(text: string, shift: number): string {
  return text.replace(/\b(19|20)\d{2}\b/g, (y) => String(Number(y) + shift));
}

/** The shipped document, its years moved so that it ends on 31 December the year before the current promise. */
export function earlierDocument(file: string, timeline: DemoTimeline): PromiseSetDocument {
  const lastYear = timeline.currentFrom - 1;
  const original = importPromiseText(demoDocumentText(file)) as PromiseSetDocument;
  // A document without a period (Kalix) ran the one year before the current promise.
  const end = original.period?.to ? Number(original.period.to.slice(0, 4)) : lastYear;
  const doc = importPromiseText(shiftYears(demoDocumentText(file), lastYear - end)) as PromiseSetDocument;
  if (!doc.period) doc.period = { from: `${lastYear}-01-01`, to: `${lastYear}-12-31` };
  return doc;
}

/** The current promise of the kommun, its years filled in from the time line. */
export function currentDocument(file: string, timeline: DemoTimeline): PromiseSetDocument {
  const y = timeline.currentFrom;
  const text = readFileSync(new URL(file, CURRENT), 'utf8')
    .replaceAll('{Y0}', String(y))
    .replaceAll('{Y1}', String(y + 1))
    .replaceAll('{Y2}', String(y + 2))
    .replaceAll('{L}', String(timeline.situationYear));
  return importPromiseText(text) as PromiseSetDocument;
}

/** Signed by both leaders two weeks before the period begins, published a week later. */
export async function publishDemoSet(deps: Deps, cast: KommunCast, doc: PromiseSetDocument): Promise<StoredPromiseSet> {
  const from = doc.period!.from;
  const signedOn = addDays(from, -21);
  const stored = await createPromiseSet(at(deps, addDays(from, -35)), cast.coordinator, doc);
  const { kommun, police } = cast.signatories;
  await transitionPromiseSet(at(deps, signedOn), cast.coordinator, stored.id, 'agree', [
    { ...kommun, party: 'kommunen', signedAt: signedOn },
    { ...police, party: 'polisen', signedAt: signedOn },
  ]);
  return transitionPromiseSet(at(deps, addDays(from, -14)), cast.coordinator, stored.id, 'publish');
}
