/** The lägesbild's exports say how each source's points came about, and never the police's reason outside the police. */
import { describe, expect, it } from 'vitest';
import { kalixSituation } from './situation-fixtures.ts';
import { renderSituationPdf } from './situation-report.ts';
import { readPdf } from './test-read.ts';

const generatedAt = new Date('2024-03-05T10:00:00Z');
const POLICE_WHY = 'POLISENS-SKÄL 2 skilda problem';

function withReasons() {
  const view = kalixSituation();
  for (const p of view.problems)
    for (const part of p.parts) {
      part.why = part.source === 'police' ? POLICE_WHY : `skäl för ${part.source} i ${p.category}`;
      part.whyEn = part.why;
    }
  return view;
}

describe('the reason for each part in the exports', () => {
  it('is printed beside the part in the ranking table', async () => {
    const { text } = await readPdf(
      await renderSituationPdf(withReasons(), { kommunName: 'Kalix', audience: 'internal', generatedAt }),
    );
    expect(text.replace(/\s+/g, ' ')).toContain('skäl för survey i trafik');
    expect(text).toContain('Varje källa ger varje problem 0–10 poäng');
  });

  it("leaves the police's reason out of the public version", async () => {
    const { text } = await readPdf(
      await renderSituationPdf(withReasons(), { kommunName: 'Kalix', audience: 'public', generatedAt }),
    );
    expect(text).not.toContain('POLISENS-SKÄL');
  });
});
