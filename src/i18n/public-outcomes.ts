/** Words of the public "Har det gjort skillnad?" block, Swedish first. */
import type { PublicLocale } from './public.ts';

const sv = {
  heading: 'Har det gjort skillnad?',
  intro:
    'Här jämförs tiden före löftet med tiden nu. Vi säger "bättre" eller "sämre" bara när förändringen är större än vad slumpen kan ge.',
  verdict: {
    improved: 'Bättre',
    worsened: 'Sämre',
    no_clear_change: 'Ingen tydlig förändring',
    too_little_data: 'För lite underlag',
    not_tested: 'Visas, prövas inte',
  } as Record<string, string>,
  demo: 'Demodata: påhittade siffror',
  caveats: 'Att tänka på',
  table: (title: string) => `${title}: alla år och mätningar`,
  period: 'Period',
  value: {
    crime: 'Per 100 000 invånare och år',
    survey_share: 'Andel (%)',
    survey_index: 'Index (0–6)',
    activity_outcome: 'Summa',
  } as Record<string, string>,
  n: { crime: 'Anmälda brott', survey_share: 'Svar', survey_index: 'Svar', activity_outcome: 'Dagar' } as Record<
    string,
    string
  >,
};

const en: typeof sv = {
  heading: 'Did it make a difference?',
  intro:
    'This compares the time before the promise with now. We say "better" or "worse" only when the change is larger than chance can give.',
  verdict: {
    improved: 'Better',
    worsened: 'Worse',
    no_clear_change: 'No clear change',
    too_little_data: 'Too little data',
    not_tested: 'Shown, not tested',
  },
  demo: 'Demo data: made-up numbers',
  caveats: 'Keep in mind',
  table: (title: string) => `${title}: every year and survey`,
  period: 'Period',
  value: {
    crime: 'Per 100,000 inhabitants a year',
    survey_share: 'Share (%)',
    survey_index: 'Index (0–6)',
    activity_outcome: 'Sum',
  },
  n: { crime: 'Reported crimes', survey_share: 'Answers', survey_index: 'Answers', activity_outcome: 'Days' },
};

export const PUBLIC_OUTCOME_STRINGS: Record<PublicLocale, typeof sv> = { sv, en };
