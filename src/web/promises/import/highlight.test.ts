import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountTarget, Target } from '../../api/promises.ts';
import { importPromiseText } from '../../../domain/promise-import/index.ts';
import { amountSpan, locate, markCommitments, numberWords } from './highlight.ts';

const count = (over: Partial<CountTarget>): CountTarget => ({
  kind: 'count',
  count: 2,
  atLeast: true,
  max: null,
  per: null,
  every: 1,
  average: false,
  unit: null,
  ...over,
});

const amountOf = (text: string, target: Target) => {
  const span = amountSpan(text, target);
  return span ? text.slice(span.start, span.end) : null;
};

describe('finding a commitment in the original text', () => {
  it('spells Swedish numbers', () => {
    expect(numberWords(3)).toEqual(['tre']);
    expect(numberWords(52)).toEqual(['femtiotvå']);
    expect(numberWords(20)).toEqual(['tjugo']);
  });

  it('allows line breaks and indentation between the words', () => {
    const source = 'Inledning.\n  • Genomföra minst två\n    riktade insatser per halvår.\nSlut.';
    const span = locate(source, 'Genomföra minst två riktade insatser per halvår.')!;
    expect(source.slice(span.start, span.end)).toBe('Genomföra minst två\n    riktade insatser per halvår.');
  });

  it('falls back to the opening words when the rest differs', () => {
    const source = 'Polisen ska genomföra fyra trafikkontroller i byarna (se bilaga).';
    const span = locate(source, 'Polisen ska genomföra fyra trafikkontroller varje månad')!;
    expect(source.slice(span.start, span.end)).toBe('Polisen ska genomföra fyra trafikkontroller');
  });

  it('marks the amount with its period, or with its unit when no period follows', () => {
    expect(
      amountOf(
        'Genomföra minst tre medborgarkontakter i snitt per vecka på utvalda platser.',
        count({ count: 3, per: 'week', average: true }),
      ),
    ).toBe('minst tre medborgarkontakter i snitt per vecka');
    expect(
      amountOf(
        'Genomföra minst fyra trafiksäkerhetsinsatser på utvalda ställen. En inriktning är A-traktorer under året.',
        count({ count: 4, unit: 'trafiksäkerhetsinsatser' }),
      ),
    ).toBe('minst fyra trafiksäkerhetsinsatser');
    expect(amountOf('Trygghetsvandring var tredje vecka i centrum.', count({ count: 1, per: 'week', every: 3 }))).toBe(
      'var tredje vecka',
    );
    expect(amountOf('varav minst 20 procent förstagångsanvändare', { kind: 'share', percent: 20, atLeast: true })).toBe(
      'minst 20 procent',
    );
    expect(amountOf('Löpande arbeta med grannsamverkan.', { kind: 'none' })).toBeNull();
  });

  it('finds every commitment of a whole promise document with its target', () => {
    // Documents copied from Word often hold no-break spaces between words; the fixture gets some here.
    const source = readFileSync(
      new URL('../../../../test/fixtures/kalix-promise.txt', import.meta.url),
      'utf8',
    ).replace('minst två riktade insatser mot', 'minst\u00a0två riktade\u00a0insatser\u00a0mot');
    expect(source).toContain('\u00a0');
    const commitments = importPromiseText(source).focusAreas.flatMap((a) => a.commitments);
    expect(commitments).toHaveLength(8);
    const parts = markCommitments(source, commitments);
    const marked = parts.filter((p) => p.kind === 'commitment');
    expect(marked).toHaveLength(commitments.length);
    expect(parts.map((p) => (p.kind === 'text' ? p.text : p.before + p.amount + p.after)).join('')).toBe(source);
    expect(marked.map((p) => p.amount.replace(/\s+/gu, ' '))).toContain(
      'minst två riktade insatser mot langning av alkohol till unga under året',
    );
    expect(marked.map((p) => p.amount)).toContain('i snitt fyra samtal med invånare per vecka');
  });
});
