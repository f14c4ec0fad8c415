import { describe, expect, it } from 'vitest';
import { readSignatures } from './signatures.ts';

const sign = (text: string) => readSignatures(text.split('\n')).signatories;

describe('signatures', () => {
  it('keeps a role that names an area with "plan" inside a word (Södra Lappland) and the signatory after it', () => {
    expect(
      sign(`Storuman den
2026-08-10

Eva Holm
Kommundirektör

Lars Nyström
LPO-chef Södra Lappland

Maria Ek
Kommunpolis`),
    ).toEqual([
      { name: 'Eva Holm', role: 'Kommundirektör' },
      { name: 'Lars Nyström', role: 'LPO-chef Södra Lappland' },
      { name: 'Maria Ek', role: 'Kommunpolis' },
    ]);
  });

  it('keeps names-then-roles pairs with "Planeringschef" and "Lappland" in the roles', () => {
    expect(
      sign(`Lycksele 2026-03-01

Karin Olsson
Per Sandberg
Planeringschef Lycksele kommun
Lokalpolisområdeschef Lappland`),
    ).toEqual([
      { name: 'Karin Olsson', role: 'Planeringschef Lycksele kommun' },
      { name: 'Per Sandberg', role: 'Lokalpolisområdeschef Lappland' },
    ]);
  });

  it('stops at a plan heading or an appendix after the signatures', () => {
    for (const stop of ['Handlingsplan 2026', 'Bilaga 1', 'Aktivitetsplan', 'Plan för uppföljning']) {
      expect(
        sign(`Sorsele 2026-02-01

Anna Lind
Kommunstyrelsens ordförande
${stop}
Trafik och trygghet`),
      ).toEqual([{ name: 'Anna Lind', role: 'Kommunstyrelsens ordförande' }]);
    }
  });
});
