import { describe, expect, it } from 'vitest';
import { sv } from '../../i18n/sv.ts';
import { fieldName, valueText } from './change-values.ts';

describe('diff values in words', () => {
  it('names fields in Swedish', () => {
    expect(fieldName('title', sv)).toBe('Rubrik');
    expect(fieldName('target', sv)).toBe('Mål');
    expect(fieldName('sections.problemPicture', sv)).toBe('Problembild');
  });

  it('says periods, lists, targets and statuses the way the page does', () => {
    expect(valueText('period', { from: '2026-01-01', to: null }, sv)).toBe('2026-01-01 – tills vidare');
    expect(valueText('responsible', ['polisen', 'kommunen'], sv)).toBe('polisen, kommunen');
    expect(valueText('municipalities', [{ code: '2514', name: 'Kalix' }], sv)).toBe('Kalix');
    expect(
      valueText(
        'target',
        { kind: 'count', count: 2, atLeast: true, max: null, per: 'halfyear', every: 1, average: false, unit: null },
        sv,
      ),
    ).toBe('minst 2 per halvår');
    expect(valueText('status', 'agreed', sv)).toBe('Överenskommet');
    expect(valueText('when', null, sv)).toBe('');
  });
});
