/** English words of the "Translations" part; the same shape as sv-translations.ts. */
import type { svTranslations } from './sv-translations.ts';

export const enTranslations: typeof svTranslations = {
  heading: 'Translations',
  introPromise:
    'Write the promise’s texts in Finnish, Meänkieli and English. Where a translation is missing, the public page shows the Swedish text and says it is only available in Swedish.',
  introFollowUp:
    'Write the follow-up’s texts in Finnish, Meänkieli and English. Where a translation is missing, the public page shows the Swedish text and says it is only available in Swedish.',
  show: (n: number) => `Show the texts to translate (${n})`,
  none: 'There are no texts to translate yet.',
  readOnly: 'You can read the translations but not change them.',
  swedish: 'Swedish',
  languages: { fi: 'Finnish', fit: 'Meänkieli', en: 'English' },
  fieldLabel: (what: string, language: string) => `${what} in ${language}`,
  parts: {
    title: 'Title',
    focusArea: 'Focus area',
    what: 'What',
    when: 'When',
    condition: 'Condition',
    followUp: 'Follow-up',
    summary: 'Summary',
    citizensSaid: 'What residents said',
    nextSteps: 'Next steps',
    comment: 'Comment',
  },
  promiseNo: (n: number) => `Promise ${n}`,
  outdated: (source: string) =>
    `The Swedish text has changed since this was translated (then: "${source}"). It is not shown until saved again.`,
  save: 'Save the translations',
  saving: 'Saving …',
  saved: (n: number, removed: number) =>
    n + removed === 0
      ? 'Nothing had changed.'
      : `The translations are saved (${n} ${n === 1 ? 'text' : 'texts'} saved${removed ? `, ${removed} removed` : ''}).`,
};
