import { describe, expect, it } from 'vitest';
import {
  categoryProblems,
  exclusionProblems,
  lockedChanges,
  pointsProblems,
  pruneExclusions,
  questionShapeProblems,
  slugProblem,
  type QuestionShape,
} from './rules.ts';

const problem: QuestionShape = {
  id: 'problems',
  kind: 'problem',
  text: { sv: 'Hur stora är problemen?' },
  items: [{ id: 'litter' }, { id: 'speeding' }],
};
const worry: QuestionShape = {
  id: 'worry',
  kind: 'single',
  text: { sv: 'Hur ofta oroar du dig?', en: 'How often do you worry?' },
  options: [
    { value: 'often', label: { sv: 'Ofta', en: 'Often' } },
    { value: 'never', label: { sv: 'Aldrig', en: 'Never' } },
  ],
};
const scale: QuestionShape = { id: 'presence', kind: 'scale', text: { sv: 'Synlig polis' }, min: 1, max: 5 };
const area: QuestionShape = { id: 'area', kind: 'area', options: [{ value: 'a1' }] };

describe('the survey builder rules', () => {
  it('accepts an address of 3–80 characters a–z, 0–9 and inner hyphens, nothing else', () => {
    for (const ok of ['abc', 'trygghet-kalix-2026', 'a'.repeat(80)]) expect(slugProblem(ok), ok).toBeNull();
    for (const bad of ['ab', 'a'.repeat(81), 'Trygghet', 'töre', '-abc', 'abc-', 'a b c', 'a/b'])
      expect(slugProblem(bad), bad).not.toBeNull();
    expect(slugProblem('Ä!')!.en).toContain('3–80 characters');
  });

  it('wants points from 0 to 6 that never fall', () => {
    expect(pointsProblems({ none: 0, small: 1.5, fairly_big: 3, very_big: 6 })).toEqual([]);
    expect(pointsProblems({ none: 0, small: 1, fairly_big: 1, very_big: 1 })).toEqual([]);
    expect(pointsProblems({ none: 0, small: 4, fairly_big: 2, very_big: 6 })[0]!.sv).toContain('inte minska');
    expect(pointsProblems({ none: -1, small: 2, fairly_big: 4, very_big: 6 })[0]!.sv).toContain('från 0 till 6');
    expect(pointsProblems({ none: 0, small: 2, fairly_big: 4, very_big: Number.NaN })).toHaveLength(1);
  });

  it('lets items out of the overall index only if they exist and one item still counts', () => {
    expect(exclusionProblems({ problems: ['litter'] }, [problem])).toEqual([]);
    expect(exclusionProblems({ problems: ['litter', 'speeding'] }, [problem])[0]!.sv).toContain('Minst ett påstående');
    expect(exclusionProblems({ problems: ['nope'] }, [problem])[0]!.en).toContain('has no items nope');
    expect(exclusionProblems({ worry: ['often'] }, [problem, worry])[0]!.sv).toContain('ingen problemfråga');
    expect(pruneExclusions({ problems: ['litter', 'gone'], worry: ['often'] }, [problem, worry])).toEqual({
      problems: ['litter'],
    });
    expect(pruneExclusions({ problems: ['litter'] }, [{ ...problem, items: [{ id: 'litter' }] }])).toEqual({});
  });

  it('wants coding categories with their own keys and names', () => {
    const c = (key: string, sv: string) => ({ key, label: { sv }, keywords: [] });
    expect(categoryProblems([c('trafik', 'Trafik'), c('ovrigt', 'Övrigt')])).toEqual([]);
    expect(categoryProblems([c('trafik', 'Trafik'), c('trafik', 'Fordon')])[0]!.sv).toContain('finns två gånger');
    expect(categoryProblems([c('trafik', 'Trafik'), c('fordon', 'trafik')])[0]!.sv).toContain('Två kategorier heter');
    expect(categoryProblems([])[0]!.en).toBe('A survey has 1–60 categories');
  });

  it('allows new texts and a new order once answers exist, but nothing that answers point at', () => {
    const renamed = { ...worry, text: { sv: 'Hur ofta är du orolig?' }, options: [...worry.options!].reverse() };
    expect(
      lockedChanges([worry, problem, scale, area], [scale, renamed, problem, { ...area, options: [{ value: 'a2' }] }]),
    ).toEqual([]);
    const changes = lockedChanges(
      [worry, problem, scale],
      [
        { ...worry, options: [worry.options![0]!, { value: 'sometimes', label: { sv: 'Ibland', en: 'Sometimes' } }] },
        { ...scale, max: 7 },
        { id: 'new', kind: 'text', text: { sv: 'Något mer?' } },
      ],
    );
    expect(changes.map((p) => p.sv)).toEqual([
      'Frågan "Hur ofta oroar du dig?": svarsalternativet "Aldrig" kan inte tas bort',
      'Frågan "Hur ofta oroar du dig?": svarsalternativet "Ibland" kan inte läggas till',
      'Frågan "Hur stora är problemen?" kan inte tas bort',
      'Frågan "Synlig polis": skalans ändpunkter kan inte ändras',
      'Frågan "Något mer?" kan inte läggas till',
    ]);
    expect(changes[0]!.en).toBe('Question "How often do you worry?": the option "Never" cannot be removed');
    expect(lockedChanges([worry], [{ ...worry, kind: 'multiple' }])[0]!.sv).toBe(
      'Frågan "Hur ofta oroar du dig?" kan inte byta typ',
    );
  });

  it('finds what zod cannot see in a list of questions', () => {
    const twoLabels = { ...worry, options: [worry.options![0]!, { value: 'often2', label: { sv: 'ofta' } }] };
    expect(questionShapeProblems([worry, problem, scale, area])).toEqual([]);
    expect(questionShapeProblems([twoLabels])[0]!.sv).toContain('samma text');
    expect(
      questionShapeProblems([
        { id: 'g', kind: 'gender', required: true, options: [{ value: 'k' }, { value: 'm' }] } as QuestionShape,
      ])[0]!.sv,
    ).toContain('kan inte vara obligatorisk');
    expect(questionShapeProblems([area, { ...area, id: 'area2' }])[0]!.sv).toBe('Bara en fråga om område får finnas');
    expect(questionShapeProblems([{ ...worry, kind: 'multiple', exclusive: 'none' }])[0]!.sv).toContain('uteslutande');
    expect(questionShapeProblems([{ ...scale, min: 1, max: 1 }])[0]!.sv).toContain('större än det minsta');
  });
});
