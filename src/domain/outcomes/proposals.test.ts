import { describe, expect, it } from 'vitest';
import { proposeIndicators } from './proposals.ts';

describe('indicators proposed from the lägesbild', () => {
  it('a theft problem answered by promise 2 proposes BRÅ theft categories (snatteri included), Polisen’s events and the survey’s burglary statement', () => {
    const out = proposeIndicators([{ category: 'tillgreppsbrott', year: 2025, promiseNumbers: [2] }], []);
    const titles = out.map((p) => p.title);
    expect(titles).toContain('Anmälda brott: bostadsinbrott');
    expect(titles).toContain('Anmälda brott: butiksstöld, snatteri');
    expect(titles).toContain('Polisens händelser: stöld och inbrott');
    expect(titles).toContain('Inbrott i bostäder som problem (index 0–6)');
    expect(out.every((p) => p.reason === 'Problemet Tillgreppsbrott i lägesbilden 2025 besvaras av löfte 2')).toBe(
      true,
    );
    expect(out.every((p) => p.problemCategory === 'tillgreppsbrott' && p.desired === 'decrease')).toBe(true);
  });

  it('never proposes totals or crimes the police mostly find themselves', () => {
    const out = proposeIndicators([{ category: 'narkotika', year: 2025, promiseNumbers: [1, 3] }], []);
    expect(out.some((p) => p.definition.kind === 'crime' && p.definition.source === 'bra')).toBe(false);
    expect(out.map((p) => p.title)).toContain('Att narkotika säljs öppet som problem (index 0–6)');
    expect(out[0]!.reason).toBe('Problemet Narkotika i lägesbilden 2025 besvaras av löftena 1 och 3');
  });

  it('what is already an indicator is not proposed again', () => {
    const out = proposeIndicators(
      [{ category: 'tillgreppsbrott', year: 2025, promiseNumbers: [2] }],
      [{ kind: 'crime', source: 'bra', category: 'bostadsinbrott', comparison: null }],
    );
    expect(out.map((p) => p.title)).not.toContain('Anmälda brott: bostadsinbrott');
  });
});
