import { describe, expect, it } from 'vitest';
import { importPromiseText } from './promise-import/index.ts';
import { planWhat, type PlanCommitment } from './promise-set.ts';

const PLAN = `Medborgarlöfte Norsjö 2024
Polisen och Norsjö kommun

Genomförandeplan

Område\tVad\tNär\tSamverkan\tAnsvarig\tUppföljning
Narkotika\tInsatser mot försäljning av narkotika till unga, minst en gång i månaden\tMinst en gång i månaden\tPolisen\tPolisen\tAntal anmälda brott Antal beslag
Trafik\tNykterhetskontroller på länsväg 370\tMinst 8 kontroller per månad\tTrafikpolisen\tPolisen\tAntal kontroller
`;

describe('planWhat: the Vad of a genomförandeplan row', () => {
  const doc = importPromiseText(PLAN);
  const rows = doc.focusAreas.flatMap((a) => a.commitments.map((c) => ({ area: a.title, c: c as PlanCommitment })));

  it('the importer keeps the row whole in text and its När cell as written in when', () => {
    expect(rows[1]!.c.text).toBe(
      'Trafik Nykterhetskontroller på länsväg 370 Minst 8 kontroller per månad Trafikpolisen Polisen Antal kontroller',
    );
    expect(rows.map((r) => r.c.when)).toEqual(['Minst en gång i månaden', 'Minst 8 kontroller per månad']);
  });

  it('is the Vad cell alone, also when the Vad cell repeats the När words', () => {
    expect(rows.map((r) => planWhat(r.c, r.area))).toEqual([
      'Insatser mot försäljning av narkotika till unga, minst en gång i månaden',
      'Nykterhetskontroller på länsväg 370',
    ]);
  });

  it('is the whole text of a bullet, of a commitment without När, and of a row staff rewrote', () => {
    expect(planWhat({ text: 'Polisen gör minst två insatser per halvår.', when: null }, 'Droger')).toBe(
      'Polisen gör minst två insatser per halvår.',
    );
    expect(planWhat({ text: 'Trygghetsvandringar i centrum', when: 'Två gånger per år' }, 'Trygghet')).toBe(
      'Trygghetsvandringar i centrum',
    );
    // "per år" inside a longer word is not the När cell.
    expect(planWhat({ text: 'Möten per året', when: 'per år' }, '')).toBe('Möten per året');
  });
});
