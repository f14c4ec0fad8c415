import { describe, expect, it } from 'vitest';
import { sv } from '../i18n/sv.ts';
import { followUpItem } from '../../reports/follow-up-fixtures.ts';
import { outcomeText } from './ItemOutcome.tsx';

describe('a follow-up item in words', () => {
  it('says which span each number counts: the year so far, and activities in this period', () => {
    const item = followUpItem('Insatser', 'Trygghet', 'i_fas', {
      done: 1,
      required: 2,
      activities: 0,
      span: { kind: 'to_date', from: '2026-01-01', to: '2026-08-31', noun: 'tertial' },
    });
    expect(outcomeText(item, sv.followUpPage, 'sv')).toBe('1 av 2 hittills i år · 0 aktiviteter under tertialen');
    const inWindow = {
      ...item,
      span: { kind: 'window', from: '2026-05-01', to: '2026-08-31', noun: 'tertial' } as const,
    };
    expect(outcomeText(inWindow, sv.followUpPage, 'sv')).toBe('1 av 2 under tertialen · 0 aktiviteter under tertialen');
  });
});
