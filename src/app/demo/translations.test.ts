import { describe, expect, it } from 'vitest';
import { promiseSetTexts } from '../../domain/translations/index.ts';
import type { StoredPromiseSet } from '../promises/promise-sets.ts';
import { currentDocument } from './promises.ts';
import { demoTranslations } from './translations.ts';

const timeline = { today: '2026-12-03', currentFrom: 2026, situationYear: 2025 };

/** The current document as stored: every focus area and commitment with an id. */
function stored(file: string): StoredPromiseSet {
  const doc = currentDocument(file, timeline);
  let n = 0;
  for (const a of doc.focusAreas) {
    a.id = `a${n++}`;
    for (const c of a.commitments) c.id = `c${n++}`;
  }
  return doc as StoredPromiseSet;
}

describe('the demo translations', () => {
  it('give every text of Övertorneå’s current promise in Finnish and Meänkieli, each its own words', () => {
    const set = stored('overtornea.txt');
    const found = demoTranslations('2518', set);
    expect(found.map((f) => f.item)).toEqual(promiseSetTexts(set).map((t) => t.item));
    expect(found.find((f) => f.item === 'title')?.both).toEqual({
      fi: 'Övertorneå – kansalaislupaus 2026–2027',
      fit: 'Övertorneå – kansalaislupaus 2026–2027',
    });
    // Meänkieli is written in its own spelling, not the Finnish text relabelled.
    const commitments = found.filter((f) => f.item.startsWith('what:'));
    expect(commitments).toHaveLength(7);
    for (const f of commitments) expect(f.both.fit).not.toBe(f.both.fi);
  });

  it('leave the other demo kommuner to the Swedish with the note', () => {
    expect(demoTranslations('2514', stored('kalix.txt'))).toEqual([]);
  });
});
