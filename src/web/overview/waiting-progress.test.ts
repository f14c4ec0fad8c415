import { describe, expect, it } from 'vitest';
import type { Figure } from '../../domain/progress/figure.ts';
import { figureText } from '../../domain/progress/figure.ts';
import type { Target } from '../../domain/promise-document.ts';
import type { WaitingEntry } from '../offline/store.ts';
import { waitingInSpan, withWaiting } from './waiting-progress.ts';

const entry = (commitmentId: string, date: string, more: Partial<WaitingEntry> & { quantity?: number } = {}) =>
  ({
    key: `${commitmentId}-${date}-${Math.random()}`,
    userId: 'u1',
    input: { commitmentId, date, ...(more.quantity === undefined ? {} : { quantity: more.quantity }) },
    commitmentText: 'Trafikkontroller vid skolan',
    createdAt: `${date}T08:00:00.000Z`,
    refusal: more.refusal ?? null,
  }) as WaitingEntry;

const march: Figure = {
  status: 'at_risk',
  done: 1,
  required: 2,
  span: { kind: 'part', from: '2026-03-01', to: '2026-03-31', per: 'month' },
};
const target: Target = {
  kind: 'count',
  count: 2,
  atLeast: true,
  max: null,
  per: 'month',
  every: 1,
  average: false,
  unit: 'trafikkontroller',
};

describe('progress with the entries waiting on the phone', () => {
  it('counts the waiting entries of the commitment inside the span, by quantity', () => {
    const entries = [
      entry('c1', '2026-03-10'),
      entry('c1', '2026-03-31', { quantity: 2 }),
      entry('c1', '2026-02-28'), // the month before
      entry('c1', '2026-04-01'), // the month after
      entry('c2', '2026-03-10'), // another commitment
    ];
    expect(waitingInSpan(entries, 'c1', march.span)).toBe(3);
  });

  it('leaves refused entries out: the server will not count them as they are', () => {
    const refused = entry('c1', '2026-03-10', {
      refusal: { status: 409, code: 'conflict', message: 'Avslutat', messageEn: 'Closed' },
    });
    expect(withWaiting(march, [refused], 'c1')).toEqual({ figure: march, waiting: 0 });
  });

  it('moves the number the card reads, and says how much of it is not yet sent', () => {
    const { figure, waiting } = withWaiting(march, [entry('c1', '2026-03-12')], 'c1');
    expect(waiting).toBe(1);
    expect(figureText(figure, target, 'sv')).toBe('2 av 2 trafikkontroller under mars 2026');
    expect(figureText(march, target, 'sv')).toBe('1 av 2 trafikkontroller under mars 2026');
  });

  it('counts everything up to the day for a span without a start ("hittills")', () => {
    const toDate: Figure = {
      status: 'on_track',
      done: 4,
      required: null,
      span: { kind: 'to_date', from: '', to: '2026-03-12' },
    };
    expect(withWaiting(toDate, [entry('c1', '2019-01-01'), entry('c1', '2026-03-12')], 'c1').figure.done).toBe(6);
  });

  it('changes nothing when nothing waits', () => {
    expect(withWaiting(march, undefined, 'c1')).toEqual({ figure: march, waiting: 0 });
  });
});
