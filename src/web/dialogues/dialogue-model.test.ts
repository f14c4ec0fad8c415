import { describe, expect, it } from 'vitest';
import { sv } from '../i18n/sv.ts';
import {
  dayError,
  findingRow,
  findingRowOf,
  participantRow,
  toFindings,
  toParticipants,
  validateFindings,
  validateParticipants,
} from './dialogue-model.ts';

describe('participants and findings as typed', () => {
  it('sums groups, skips empty rows and flags bad counts', () => {
    const rows = [
      participantRow('Boende', '12'),
      participantRow(' Boende ', '3'),
      participantRow('', ''),
      participantRow('Polis', 'två'),
    ];
    expect(toParticipants(rows)).toEqual({ Boende: 15 });
    const errors = validateParticipants(rows);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message(sv, 'sv')).toContain('4');
  });

  it('needs text and category on every finding and sends numbers', () => {
    const f = { ...findingRow(), text: ' Knark vid stationen ', category: 'narkotika', seriousness: '5', areaName: '' };
    expect(validateFindings([f, findingRow()]).map((e) => e.fieldId?.split('-')[1])).toEqual(['text', 'category']);
    expect(toFindings([f])).toEqual([
      { text: 'Knark vid stationen', category: 'narkotika', seriousness: 5, areaName: null },
    ]);
  });

  it('a stored finding keeps its id through the edit form, and one with an action cannot be removed', () => {
    const stored = {
      id: 'f-1',
      position: 0,
      text: 'Trasig belysning',
      category: 'otrygga_platser',
      categoryLabel: 'Otrygga platser',
      seriousness: 4,
      seriousnessLabel: 'Allvarligt',
      area: { id: 'a-1', name: 'Centrum' },
      owner: 'Tekniska',
      action: 'Byta lampor',
      dueDate: '2025-06-01',
      doneAt: null,
      status: 'open' as const,
      statusLabel: 'Pågår',
    };
    const row = findingRowOf(stored);
    expect(row).toMatchObject({ id: 'f-1', seriousness: '4', areaName: 'Centrum', locked: true });
    expect(findingRowOf({ ...stored, owner: null, action: null, dueDate: null }).locked).toBe(false);
    expect(
      toFindings([
        { ...row, text: 'Trasig belysning i tunneln ' },
        { ...findingRow(), text: 'Ny', category: 'trafik' },
      ]),
    ).toEqual([
      {
        id: 'f-1',
        text: 'Trasig belysning i tunneln',
        category: 'otrygga_platser',
        seriousness: 4,
        areaName: 'Centrum',
      },
      { text: 'Ny', category: 'trafik', seriousness: 3, areaName: null },
    ]);
  });

  it('refuses a day in the future', () => {
    expect(dayError('2026-02-30', 'd')).not.toBeNull();
    expect(dayError('2030-01-01', 'd', '2026-01-01')?.message(sv, 'sv')).toBe(sv.dialogueForm.dateFuture);
    expect(dayError('2025-12-31', 'd', '2026-01-01')).toBeNull();
  });
});
