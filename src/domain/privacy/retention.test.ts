import { describe, expect, it } from 'vitest';
import { checkRetention, cutoff, DEFAULT_RETENTION, monthsWords, surveyNotice } from './retention.ts';
import { processingRegister } from './register.ts';

const base = { ...DEFAULT_RETENTION, controller: '', dpoContact: '' };

describe('retention', () => {
  it('says periods the way people do', () => {
    expect(monthsWords(24, 'sv')).toBe('2 år');
    expect(monthsWords(1, 'sv')).toBe('1 månad');
    expect(monthsWords(18, 'sv')).toBe('18 månader');
    expect(monthsWords(12, 'en')).toBe('1 year');
  });

  it('refuses a period outside its limits, naming it in Swedish and English', () => {
    expect(() => checkRetention({ ...DEFAULT_RETENTION, loginMonths: 0 })).toThrow('Inloggningsuppgifter');
    expect(() => checkRetention({ ...DEFAULT_RETENTION, surveyTextMonths: 1.5 })).toThrow('Fritextsvar');
    expect(checkRetention(DEFAULT_RETENTION)).toEqual(DEFAULT_RETENTION);
  });

  it('counts months back on the calendar', () => {
    expect(cutoff(new Date('2027-06-15T03:00:00Z'), 24).toISOString()).toBe('2025-06-15T03:00:00.000Z');
  });

  it('names the kommunstyrelse when no controller is set, and the DPO only when given', () => {
    const [kept, who] = surveyNotice(base, 'Kalix', 'sv');
    expect(kept).toContain('raderas 2 år efter att enkäten har stängt');
    expect(who).toBe('Kommunstyrelsen i Kalix är personuppgiftsansvarig.');
    expect(surveyNotice({ ...base, dpoContact: 'dso@x.se' }, 'Kalix', 'sv')[1]).toContain(
      'dataskyddsombudet: dso@x.se',
    );
  });

  it('builds the register from the settings', () => {
    const r = processingRegister({ ...base, auditMonths: 84 }, 'Kalix');
    expect(r.entries.find((e) => e.key === 'audit')!.retention).toMatch(/^7 år från ändringen/);
    expect(r.entries.every((e) => e.purpose && e.legalBasis && e.retention)).toBe(true);
  });
});
