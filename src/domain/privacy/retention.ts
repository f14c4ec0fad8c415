/**
 * How long a kommun keeps personal data, and what that means in plain
 * words. One kommun's settings; the defaults apply where none are saved.
 * The limits are the database's (migration 0028).
 */
import { AppError } from '../errors.ts';

export interface Retention {
  /** Raw survey free text, counted from the day the survey closed. */
  surveyTextMonths: number;
  /** Login records (sessions: when someone signed in and was last seen), counted from the sign-in. */
  loginMonths: number;
  /** Audit entries (händelseloggen), counted from the change they record. */
  auditMonths: number;
}

export interface PrivacySettings extends Retention {
  /** Personuppgiftsansvarig; empty means the kommun's kommunstyrelse. */
  controller: string;
  /** How the dataskyddsombud is reached; may be empty. */
  dpoContact: string;
}

/**
 * Two years after a survey closes gives the next lägesbild and the next
 * survey something to compare with; a year of login records answers "who
 * was signed in when"; five years of audit entries cover a four-year
 * agreement and the year of its last follow-up.
 */
export const DEFAULT_RETENTION: Readonly<Retention> = Object.freeze({
  surveyTextMonths: 24,
  loginMonths: 12,
  auditMonths: 60,
});

export const RETENTION_LIMITS: Readonly<Record<keyof Retention, readonly [number, number]>> = Object.freeze({
  surveyTextMonths: [1, 120],
  loginMonths: [1, 60],
  /** At least a year: changes must stay traceable through at least one follow-up. */
  auditMonths: [12, 240],
});

const WORDS: Record<keyof Retention, [string, string]> = {
  surveyTextMonths: ['Fritextsvar i enkäter', 'Survey free-text answers'],
  loginMonths: ['Inloggningsuppgifter', 'Login records'],
  auditMonths: ['Händelseloggen', 'The audit log'],
};

/** Refuses a period outside its limits, naming it. */
export function checkRetention(r: Retention): Retention {
  for (const key of Object.keys(RETENTION_LIMITS) as (keyof Retention)[]) {
    const [min, max] = RETENTION_LIMITS[key];
    const v = r[key];
    if (!Number.isInteger(v) || v < min || v > max) {
      const [sv, en] = WORDS[key];
      throw new AppError(
        'validation_failed',
        `${sv}: ange mellan ${min} och ${max} månader`,
        `${en}: give between ${min} and ${max} months`,
        { field: key },
      );
    }
  }
  return r;
}

/** "24 månader" → "2 år" where it is whole years: how people say it. */
export function monthsWords(months: number, lang: 'sv' | 'en'): string {
  if (months % 12 === 0) {
    const years = months / 12;
    if (lang === 'en') return years === 1 ? '1 year' : `${years} years`;
    return `${years} år`;
  }
  if (lang === 'en') return months === 1 ? '1 month' : `${months} months`;
  return months === 1 ? '1 månad' : `${months} månader`;
}

/** Who answers for the personal data: the setting, or the kommun's kommunstyrelse. */
export function controllerOf(settings: PrivacySettings, kommunName: string, lang: 'sv' | 'en'): string {
  if (settings.controller.trim()) return settings.controller.trim();
  return lang === 'en' ? `The municipal executive board of ${kommunName}` : `Kommunstyrelsen i ${kommunName}`;
}

/** The sentences on a public survey page: how long free text is kept and who is responsible. */
export function surveyNotice(settings: PrivacySettings, kommunName: string, lang: 'sv' | 'en'): string[] {
  const kept = monthsWords(settings.surveyTextMonths, lang);
  const who = controllerOf(settings, kommunName, lang);
  const dpo = settings.dpoContact.trim();
  if (lang === 'en') {
    return [
      `What you write in your own words is read by the working group and deleted ${kept} after the survey closes; the ticked answers are kept as statistics without anything that shows who you are.`,
      `${who} is responsible for the personal data (personuppgiftsansvarig).${dpo ? ` Questions: the data protection officer, ${dpo}.` : ''}`,
    ];
  }
  return [
    `Det du skriver med egna ord läses av arbetsgruppen och raderas ${kept} efter att enkäten har stängt. Svaren du kryssar i sparas som statistik, utan något som visar vem du är.`,
    `${who} är personuppgiftsansvarig.${dpo ? ` Har du frågor kan du kontakta dataskyddsombudet: ${dpo}.` : ''}`,
  ];
}

/** The date before which a record made at `at` is past its months. */
export function cutoff(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}
