import { describe, expect, it } from 'vitest';
import { importPromiseText } from '../../../domain/promise-import/index.ts';
import type { PromiseSetDocument } from '../../api/promises.ts';
import { sv } from '../../i18n/sv.ts';
import { unresolvedWarnings } from './resolved-warnings.ts';

const TEXT = [
  'Medborgarlöfte',
  '',
  'Trafik',
  '',
  '• Genomföra minst fyra trafikkontroller per månad.',
  '• Arbeta för ökad trygghet i centrum.',
].join('\n');

describe('warnings of the import draft when it is saved', () => {
  const imported = importPromiseText(TEXT) as PromiseSetDocument;

  it('keeps every warning while nothing was changed', () => {
    expect(imported.warnings.length).toBeGreaterThanOrEqual(3);
    expect(unresolvedWarnings(imported.warnings, imported)).toEqual(imported.warnings);
  });

  it('drops the warnings the user resolved: period, kommun, responsible parties, a vague commitment given a target', () => {
    const [area] = imported.focusAreas;
    const edited: PromiseSetDocument = {
      ...imported,
      period: { from: '2025-01-01', to: '2025-12-31' },
      municipalities: [{ code: '2514', name: 'Kalix' }],
      focusAreas: [
        {
          title: area?.title ?? 'Trafik',
          commitments: (area?.commitments ?? []).map((c) => ({
            ...c,
            responsible: ['polisen'],
            target:
              c.target.kind === 'none'
                ? {
                    kind: 'count',
                    count: 2,
                    atLeast: false,
                    max: null,
                    per: 'year',
                    every: 1,
                    average: false,
                    unit: null,
                  }
                : c.target,
          })),
        },
      ],
    };
    const left = unresolvedWarnings(imported.warnings, edited);
    expect(left.filter((w) => /giltighetsperiod|kommun|ansvarig part|Vagt/u.test(w))).toEqual([]);
  });

  it('counts the commitments still without a responsible party anew', () => {
    const doc = { ...imported, warnings: ['3 av 7 åtaganden saknar utpekad ansvarig part.'] } as PromiseSetDocument;
    const missing = doc.focusAreas.flatMap((a) => a.commitments).filter((c) => c.responsible.length === 0).length;
    expect(missing).toBeGreaterThan(0);
    expect(unresolvedWarnings(doc.warnings, doc)).toEqual([`${missing} av 2 åtaganden saknar utpekad ansvarig part.`]);
  });

  it('says "1 åtagande" in Swedish, not "1 åtaganden"', () => {
    expect(sv.importer.readDone(1)).toContain('med 1 åtagande.');
    expect(sv.importer.readDone(2)).toContain('med 2 åtaganden.');
    expect(sv.importer.found(1, 1)).toBe('1 av 1 åtagande hittades i originaltexten.');
  });
});
