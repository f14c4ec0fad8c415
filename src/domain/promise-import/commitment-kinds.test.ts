/**
 * What is a commitment, case by case (issue 13): the examples a user named,
 * read as a careful reader does. The corpus test measures the same over
 * many documents; these say exactly what a user sees for each kind.
 */
import { describe, expect, it } from 'vitest';
import type { Commitment, PromiseDocument } from '../promise-document.ts';
import { importPromiseText } from './index.ts';

const all = (doc: PromiseDocument): Commitment[] => doc.focusAreas.flatMap((a) => a.commitments);

describe('deciding what is a commitment', () => {
  it('splits a pasted paragraph with three promises into three, each with its own doers and target', () => {
    const doc = importPromiseText(
      'Medborgarlöfte för Kalix 2027. Polisen lovar att genomföra minst 10 trafikkontroller per månad i centrala Kalix. Kommunen och polisen lovar att tillsammans genomföra två trygghetsvandringar per termin. Fältassistenterna lovar att vara ute varje fredag och lördag kväll under sommarlovet.',
    );
    const [kontroller, vandringar, falt] = all(doc);
    expect(all(doc)).toHaveLength(3);
    expect(kontroller).toMatchObject({ responsible: ['polisen'], target: { count: 10, per: 'month' } });
    expect(kontroller?.text.startsWith('Polisen lovar')).toBe(true);
    expect(vandringar).toMatchObject({ responsible: ['kommunen', 'polisen'], target: { count: 2, per: 'term' } });
    expect(falt).toMatchObject({ responsible: ['fältassistenterna'], target: { count: 2, per: 'week' } });
  });

  it('reads a page announcing a signed agreement as empty and says it looks like news', () => {
    const doc = importPromiseText(`Nyheter

Nytt medborgarlöfte för Kalix

Publicerad 3 februari 2027

Kommunstyrelsens ordförande och lokalpolisområdeschefen skrev i dag under ett nytt medborgarlöfte.

– Kalix är en trygg kommun, men vi kan bli bättre, säger kommunstyrelsens ordförande.

Polisen kommer att vara mer synlig i centrum, berättar lokalpolisområdeschefen.
`);
    expect(all(doc)).toEqual([]);
    expect(doc.warnings[0]).toMatch(/^Inga löften hittades: texten ser ut som en nyhet om en överenskommelse/);
  });

  it('does not take focus areas written as bare noun phrases for commitments', () => {
    const doc = importPromiseText(`Medborgarlöfte Kalix 2027

Trafikbrott
Stölder och inbrott
ökad trygghet

- Skadegörelse
- Narkotika bland unga

Polisen lovar att:
- genomföra minst fyra narkotikainsatser per kvartal.
`);
    expect(all(doc).map((c) => c.text)).toEqual(['genomföra minst fyra narkotikainsatser per kvartal.']);
    expect(doc.warnings.some((w) => w.includes('räknar upp ämnen'))).toBe(true);
  });

  it('reads prose promises that open with a time or place, also when a list of quotes follows', () => {
    const doc = importPromiseText(`Medborgarlöfte Kalix 2027

Under våren kommer polisen att hålla öppet hus på biblioteket en gång i månaden.

I Centrum ska kommunen byta ut trasig belysning inom en vecka efter felanmälan.

Det sa invånarna:
• "Det är mörkt vid busstationen."
`);
    expect(all(doc).map((c) => c.responsible)).toEqual([['polisen'], ['kommunen']]);
  });

  it('gives every item the parties of "I samverkan mellan …" and keeps bodies such as socialtjänsten', () => {
    const doc = importPromiseText(`Medborgarlöfte Kalix 2027

I samverkan mellan polisen, socialtjänsten och räddningstjänsten genomförs:
- en gemensam övning om anlagda bränder varje höst,
- hembesök hos unga som har begått brott.
`);
    expect(all(doc).map((c) => c.responsible)).toEqual([
      ['polisen', 'socialtjänsten', 'räddningstjänsten'],
      ['polisen', 'socialtjänsten', 'räddningstjänsten'],
    ]);
  });
});

describe('the warning about commitments without a responsible party', () => {
  it('speaks of one commitment in the singular', () => {
    const doc = importPromiseText(
      'Medborgarlöfte 2027\n\nTrygghet\n- Genomföra minst 4 trygghetsvandringar per år i centrum.\n',
    );
    expect(doc.warnings).toContain('1 av 1 åtagande saknar utpekad ansvarig part.');
  });
});
