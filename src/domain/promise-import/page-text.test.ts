import { describe, expect, it } from 'vitest';
import { importPromiseText } from './index.ts';
import { repairPageText } from './page-text.ts';

const repair = (text: string): string[] => repairPageText(text.split('\n'));

describe('page furniture and flattened tables in pasted text', () => {
  it('drops page numbers, running footers and a table of contents, but keeps a year and a page reference', () => {
    expect(
      repair(
        'Innehåll\nBakgrund .......... 2\nVåra löften\t3\n\n2025–2026\n\nSe planen på sida 4\n\n3\n\nMedborgarlöfte Gävle   Sida 2 av 4\nSlut',
      ),
    ).toEqual(['', '2025–2026', '', 'Se planen på sida 4', '', '', 'Slut']);
  });

  it('joins a word hyphenated at the line end, but keeps "gång- och cykelväg"', () => {
    expect(repair('minst sex trygg-\nhetsvandringar per år\nlängs gång-\noch cykelvägen')).toEqual([
      'minst sex trygghetsvandringar per år',
      'längs gång-',
      'och cykelvägen',
    ]);
  });

  it('reads bars between cells as a table only over two or more lines with as many cells', () => {
    expect(repair('Start | Trygghet | Medborgarlöfte\n\nVad | När\nKontroller | Varje vecka')).toEqual([
      'Start | Trygghet | Medborgarlöfte',
      '',
      'Vad\tNär',
      'Kontroller\tVarje vecka',
    ]);
  });

  it('leaves lines that only look like a header written one cell per line when the cells do not fill rows', () => {
    const lines = ['Aktivitet', 'Ansvarig', 'Kontroller', 'Polisen', 'Varje vecka'];
    expect(repair(lines.join('\n'))).toEqual(lines);
  });

  it('does not take a statistics table for commitments, and says so', () => {
    const doc = importPromiseText(
      'Medborgarlöfte Växjö 2026\n\nBrottstyp\t2023\t2024\nSkadegörelse\t389\t455\n\nPolisen lovar att:\n- Genomföra minst två insatser per månad i stadsparken.\n',
    );
    expect(doc.focusAreas.flatMap((a) => a.commitments).map((c) => c.text)).toEqual([
      'Genomföra minst två insatser per månad i stadsparken.',
    ]);
    expect(doc.warnings).toContain(
      'Tabellen "Brottstyp 2023 2024" innehåller bara siffror (statistik) och räknades inte som åtaganden.',
    );
  });
});
