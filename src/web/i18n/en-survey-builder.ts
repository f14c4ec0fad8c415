/** English words of the survey builder; the same shape as sv-survey-builder.ts. */
import type { svSurveyBuilder } from './sv-survey-builder.ts';

export const enSurveyBuilder: typeof svSurveyBuilder = {
  inLang: { sv: 'in Swedish', en: 'in English', fi: 'in Finnish', fit: 'in Meänkieli' },
  optional: '(optional)',
  languagesNote: (names: string) =>
    `The survey is offered in ${names}. More languages (English, Finnish, Meänkieli) are chosen under Overview › Settings.`,
  questionText: 'Question text',
  helpSummary: 'Help text under the question (optional)',
  helpText: 'Help text',
  options: 'Options',
  items: 'Items',
  linesHintSv: 'One per line.',
  linesHintOther: 'One per line, on the same line as in Swedish.',
  exclusive: 'Option that excludes the others (optional)',
  exclusiveHint: 'For example "No, none of these": whoever chooses it cannot choose anything else.',
  exclusiveNone: 'None',
  scaleFrom: 'The scale starts at',
  scaleTo: 'The scale ends at',
  scaleToHint: 'A whole number from 2 to 10.',
  minLabel: 'Text at the lowest value',
  maxLabel: 'Text at the highest value',
  maxLength: 'Most characters in the answer',
  maxLengthHint: 'A whole number from 10 to 4,000.',
  areaNote: (names: string[]) =>
    names.length
      ? `The options are the municipality's ${names.length} areas: ${names.slice(0, 12).join(', ')}${names.length > 12 ? ' …' : ''}. Add more areas under Overview; correct their names under Dialogue and surveys › Areas.`
      : "The options are the municipality's areas. Add areas under Overview, or under Dialogue and surveys › Areas, before the survey is published.",
  problemNote:
    "The answers are No problem, Small, Fairly big, Very big problem and Don't know. The points of the 0–6 index and which items count in the overall index are set under the tab Index and categories.",
  backgroundNote: 'Background questions are never required: nobody has to state their age or gender.',
  taken: (kind: string) => `${kind} (already there)`,
  problems: {
    help: (n: number) => `Enter the help text in Swedish too for question ${n}.`,
    tooLong: (n: number) => `Question ${n}: a text is too long (at most 2,000 characters).`,
    lines: (n: number, min: number, max: number, items: boolean) =>
      `Enter ${min}–${max} ${items ? 'items' : 'options'} for question ${n}, one per line.`,
    duplicate: (n: number) => `Question ${n} has two options with the same text.`,
    extraLines: (n: number, inLang: string) =>
      `Question ${n}: there are lines ${inLang} without a matching line in Swedish.`,
    scaleMax: (n: number) =>
      `Question ${n}: the scale must end at a whole number from 2 to 10 that is above where it starts.`,
    scaleLabel: (n: number) =>
      `Enter the texts at the lowest and highest value of the scale in Swedish for question ${n}.`,
    maxLength: (n: number) => `Question ${n}: enter the most characters as a whole number from 10 to 4,000.`,
  },

  scoringHeading: 'Problem index 0–6',
  scoringIntro:
    'Every answer to a problem question gives points and the index is their mean: 0 is hardly any problem, 6 an alarming problem. "Don\'t know" never counts. The police do not publish their exact weighting, so the points are set here. The results are computed with them at once.',
  pointsLegend: 'Points per answer',
  pointsHint: 'Numbers from 0 to 6 that do not fall from "No problem" to "Very big problem".',
  pointsInvalid: (level: string) => `Enter the points for "${level}" as a number from 0 to 6.`,
  itemsLegend: (question: string) => `Items that count in the overall index: ${question}`,
  itemsHint:
    "Every item always gets its own index. Untick what should not count in the question's overall index, in total and per area.",
  noProblemQuestions: 'The survey has no problem questions yet. The points are used once it has one.',
  resetPoints: 'Reset to 0, 2, 4, 6',
  saveScoring: 'Save the scoring',
  scoringSaved: 'The scoring is saved. The results are computed with it.',
  notInOverall: 'does not count in the overall index',

  categoriesHeading: 'Categories for free text',
  categoriesIntro:
    'The working group codes the free-text answers into these categories. The keywords give suggestions: an answer with the word, a form of it or a compound with it gets the category suggested. A category already used in the coding cannot be removed.',
  categoryLegend: (n: number, name: string) => (name ? `Category ${n}: ${name}` : `Category ${n}`),
  categoryName: 'Name',
  keywords: 'Keywords for suggestions (optional)',
  keywordsHint: 'Separated by commas, for example: graffiti, broken, smashed.',
  addCategory: 'Add category',
  saveCategories: 'Save the categories',
  categoriesSaved: 'The categories are saved.',
  categoryNameRequired: (n: number) => `Enter the Swedish name of category ${n}.`,
  keywordInvalid: (n: number) =>
    `Category ${n}: every keyword must have 2–60 characters and the category at most 200 keywords.`,
  noCategories: 'Keep at least one category.',
  categoriesFull: 'A survey can have at most 60 categories.',
  moveCategoryUp: (n: number) => `Move up category ${n}`,
  moveCategoryDown: (n: number) => `Move down category ${n}`,
  removeCategory: (n: number) => `Remove category ${n}`,

  languagesLegend: 'Languages the survey is offered in',
  languagesHint: 'Texts are needed in every chosen language before the survey can be published.',
  svAlways: 'Swedish (always included)',
  title: 'Title',
  intro: 'Introduction',
  introHint: 'Shown at the top of the survey page.',
  introSvRequired: 'Enter the introduction in Swedish too.',
  slug: 'Own address (optional)',
  slugHint: (prefix: string) =>
    `The survey is then found at ${prefix}<address>. Leave empty for the random address. Can only change before the survey is published.`,
  slugLocked: (url: string) =>
    `The survey's address is ${url}. It cannot change after publishing, as links and QR codes may already have been handed out.`,
  preview: 'Preview the answering page',
  moreMissing: (n: number, inLang: string) => `… and ${n} more texts ${inLang}`,
  previewNewTab: '(opens in a new tab)',
  paperRun: {
    legend: 'Run on paper?',
    choice: 'The survey has already been run on paper',
    hint: "For example last year's safety survey. The survey is then not published online: give the days it was answered, register it, then key in the answers under Paper survey.",
    submit: 'Register as run on paper',
    done: 'The survey is registered as run on paper. Key in the answers under Paper survey.',
    note: 'The survey was run on paper and is not published online. The answers are keyed in under Paper survey.',
    closesInFuture:
      'The last day is in the future. A survey not yet run is published instead, so that it can be answered.',
  },
};
