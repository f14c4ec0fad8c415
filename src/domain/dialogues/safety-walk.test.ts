import { describe, expect, it } from 'vitest';
import {
  actionStatus,
  assertStage,
  checkWalkDateOrder,
  daysOverdue,
  walkWarnings,
  type WalkFacts,
} from './safety-walk.ts';
import { dialogueInputSchema, normaliseParticipants, participantTotal } from './dialogue.ts';
import { PROBLEM_CATEGORIES, isProblemCategory } from './categories.ts';

const walk = (over: Partial<WalkFacts> = {}): WalkFacts => ({
  stage: 'vandring',
  date: '2026-03-10',
  followUpDate: '2026-03-27',
  walkers: 12,
  findingsWithoutAction: 0,
  previousWalkDate: null,
  ...over,
});
const codes = (w: WalkFacts) => walkWarnings(w).map((x) => x.code);

describe('walk warnings', () => {
  it('has none for a walk by the book', () => {
    expect(codes(walk())).toEqual([]);
  });

  it('warns above 20 walkers, not at 20', () => {
    expect(codes(walk({ walkers: 20 }))).toEqual([]);
    expect(codes(walk({ walkers: 21 }))).toEqual(['too_many_walkers']);
  });

  it('warns when the follow-up meeting is not 2–3 weeks after the walk', () => {
    expect(codes(walk({ followUpDate: '2026-03-24' }))).toEqual([]);
    expect(codes(walk({ followUpDate: '2026-03-31' }))).toEqual([]);
    expect(codes(walk({ followUpDate: '2026-03-23' }))).toEqual(['follow_up_timing']);
    expect(codes(walk({ followUpDate: '2026-04-01' }))).toEqual(['follow_up_timing']);
    expect(walkWarnings(walk({ followUpDate: '2026-04-20' }))[0]!.message).toContain('41 dagar');
  });

  it('asks for a follow-up meeting after the walk, and for owners after the meeting', () => {
    expect(codes(walk({ followUpDate: null }))).toEqual(['follow_up_not_planned']);
    expect(codes(walk({ stage: 'formote', followUpDate: null }))).toEqual([]);
    expect(codes(walk({ stage: 'aterkoppling', findingsWithoutAction: 2 }))).toEqual(['findings_without_action']);
  });

  it('warns when a new walk follows the previous one within two months', () => {
    expect(codes(walk({ stage: 'formote', previousWalkDate: '2026-02-01' }))).toEqual(['next_walk_soon']);
    expect(codes(walk({ stage: 'formote', previousWalkDate: '2025-10-01' }))).toEqual([]);
  });
});

describe('walk steps and dates', () => {
  it('refuses a pre-meeting after the walk and a follow-up before it', () => {
    expect(() => checkWalkDateOrder({ preMeetingDate: '2026-03-11', date: '2026-03-10' })).toThrow('Förmötet');
    expect(() => checkWalkDateOrder({ date: '2026-03-10', followUpDate: '2026-03-09' })).toThrow('Återkopplingsmötet');
    expect(() =>
      checkWalkDateOrder({ preMeetingDate: '2026-03-01', date: '2026-03-10', followUpDate: '2026-03-28' }),
    ).not.toThrow();
  });

  it('takes a step only from the stage before it', () => {
    expect(() => assertStage('formote', 'vandring', 'återkopplingsmötet', 'the follow-up')).toThrow(/steget förmöte/);
    expect(() => assertStage('vandring', 'vandring', 'x', 'x')).not.toThrow();
  });

  it('keeps an action open until done and flags it overdue after its date', () => {
    expect(actionStatus({ action: null, dueDate: null, doneAt: null }, '2026-04-01')).toBe('no_action');
    expect(actionStatus({ action: 'Byt lampor', dueDate: '2026-04-01', doneAt: null }, '2026-04-01')).toBe('open');
    expect(actionStatus({ action: 'Byt lampor', dueDate: '2026-04-01', doneAt: null }, '2026-04-02')).toBe('overdue');
    expect(actionStatus({ action: 'Byt lampor', dueDate: '2026-04-01', doneAt: '2026-04-05' }, '2026-04-10')).toBe(
      'done',
    );
    expect(daysOverdue('2026-04-01', '2026-04-11')).toBe(10);
  });
});

describe('dialogue input', () => {
  const base = { kommun: '2514', kind: 'medborgardialog', date: '2026-02-10', place: 'Folkets hus' };
  const message = (input: unknown) => dialogueInputSchema.safeParse(input).error?.issues[0]?.message;

  it('exports the eleven problem categories with Swedish labels', () => {
    expect(PROBLEM_CATEGORIES.map((c) => c.label)).toEqual([
      'Narkotika',
      'Trafik',
      'Tillgreppsbrott',
      'Våld',
      'Våld i nära relationer',
      'Ordningsstörningar',
      'Skadegörelse',
      'Otrygga platser',
      'Ungdomar',
      'Bedrägerier',
      'Övrigt',
    ]);
    expect(isProblemCategory('vald_i_nara_relationer')).toBe(true);
    expect(isProblemCategory('Våld')).toBe(false);
  });

  it('explains bad values in Swedish', () => {
    expect(message({ ...base, date: '2026-02-30' })).toContain('finns inte');
    expect(message({ ...base, findings: [{ text: 'x', category: 'mord', seriousness: 3 }] })).toContain(
      'Okänd problemkategori',
    );
    expect(message({ ...base, findings: [{ text: 'x', category: 'trafik', seriousness: 6 }] })).toContain('1–5');
    expect(message({ ...base, participants: { boende: -1 } })).toContain('negativt');
    expect(message({ ...base, kind: 'enkät' })).toContain('Okänd dialogform');
  });

  it('sums participant groups and merges groups spelled differently', () => {
    const p = normaliseParticipants({ Boende: 12, 'boende ': 3, näringsidkare: 3 });
    expect(p).toEqual({ Boende: 15, näringsidkare: 3 });
    expect(participantTotal(p)).toBe(18);
  });
});
