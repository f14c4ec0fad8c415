import { describe, expect, it } from 'vitest';
import { sv } from '../i18n/sv.ts';
import { emptyActivityForm, toActivityInput, validateActivity } from './activity-form.ts';

describe('the activity form', () => {
  it('turns what was typed into the API body', () => {
    const s = {
      ...emptyActivityForm('2026-03-10', 'c-1'),
      time: '18:30',
      duration: '90',
      quantity: '2,5',
      people: 'Johan Berg, , Karin Lind',
      note: ' Centrum ',
      outcomes: { kontakter: '12', beslag: '' },
    };
    expect(toActivityInput(s)).toEqual({
      commitmentId: 'c-1',
      date: '2026-03-10',
      time: '18:30',
      durationMinutes: 90,
      quantity: 2.5,
      people: ['Johan Berg', 'Karin Lind'],
      outcomes: { kontakter: 12 },
      note: 'Centrum',
    });
  });

  it('refuses a future date, a bad time and non-numbers, naming each', () => {
    const s = { ...emptyActivityForm('2026-03-11'), time: '25:00', quantity: 'två', outcomes: { kontakter: 'många' } };
    const errors = validateActivity(s, '2026-03-10', 'a', true);
    expect(errors.map((e) => e.message(sv, 'sv'))).toEqual([
      'Välj åtagande.',
      'Datumet kan inte vara i framtiden. Planera aktiviteten i stället.',
      'Skriv klockslaget som TT:MM.',
      'Antal måste vara ett tal, 0 eller mer.',
      'Utfallet ”kontakter” måste vara ett tal, 0 eller mer.',
    ]);
    expect(errors.map((e) => e.fieldId)).toEqual(['a-commitment', 'a-date', 'a-time', 'a-quantity', 'a-outcome-0']);
  });

  it('refuses a fraction of a counted thing, naming the field, and keeps one for hours', () => {
    const target = (unit: string) =>
      ({ kind: 'count', count: 2, atLeast: true, max: null, per: 'month', every: 1, average: false, unit }) as const;
    const s = { ...emptyActivityForm('2026-03-10', 'c-1'), quantity: '2,5' };
    const errors = validateActivity(s, '2026-03-10', 'a', true, target('insatser'));
    expect(errors.map((e) => [e.fieldId, e.message(sv, 'sv')])).toEqual([
      ['a-quantity', 'Antal ska vara ett heltal: insatser räknas i hela tal (timmar och andra mått kan ha decimaler).'],
    ]);
    expect(validateActivity(s, '2026-03-10', 'a', true, target('timmar'))).toEqual([]);
    expect(validateActivity({ ...s, quantity: '3' }, '2026-03-10', 'a', true, target('insatser'))).toEqual([]);
  });
});
