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
});
