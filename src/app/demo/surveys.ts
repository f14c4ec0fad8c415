/**
 * Each demo kommun's trygghetsmätning, run the way a coordinator runs one:
 * made from the template, opened in September of the lägesbild year,
 * answered over five weeks through the public link (and some paper forms
 * keyed in), closed, its free text coded, and its results published.
 */
import type { Deps } from '../deps.ts';
import { TRYGGHET_TEMPLATE_KEY } from '../../domain/surveys/template.ts';
import { addDays } from '../../domain/progress/index.ts';
import { createSurvey } from '../surveys/surveys.ts';
import { closeSurvey, publishSurvey } from '../surveys/lifecycle.ts';
import { answerSurvey, keyInPaperAnswer } from '../surveys/answer.ts';
import { flushLeftoverAnswers } from '../surveys/queries/batches.ts';
import { listFreeText, setTextCodes } from '../surveys/free-text.ts';
import { setPublicResults } from '../surveys/results.ts';
import type { SurveyView } from '../surveys/store.ts';
import { at, seeded, seedOf, type DemoTimeline } from './clock.ts';
import type { KommunStory } from './kommuner.ts';
import type { KommunCast } from './people.ts';
import { demoAnswer } from './survey-answers.ts';

const SURVEY_DAYS = 35;

/** What the kommun's page and follow-ups retell from the survey. */
export interface SurveyOutcome {
  id: string;
  answers: number;
  /** Share (0–1) of those who answered that feel fairly or very unsafe out alone late. */
  unsafeShare: number;
}

/**
 * Every respondent through the public link (each its own browser and
 * address, on the day it answered), and every 25th on a paper form keyed in
 * by the coordinator.
 */
async function answerAll(deps: Deps, cast: KommunCast, story: KommunStory, survey: SurveyView, opens: string) {
  const area = survey.questions.find((q) => q.kind === 'area');
  const areaOptions = area && 'options' in area ? area.options : [];
  const areas = new Map(areaOptions.map((o) => [o.label.sv ?? '', o.value]));
  const rand = seeded(seedOf(`survey-${story.code}`));
  let unsafe = 0;
  let answered = 0;
  for (let k = 0; k < story.answers; k++) {
    const answers = demoAnswer(rand, story, areas, k, story.answers);
    const clock = at(deps, addDays(opens, Math.floor((k * SURVEY_DAYS) / story.answers)));
    if (k % 25 === 24) {
      await keyInPaperAnswer(clock, cast.coordinator, survey.id, answers);
    } else {
      const client = { token: `demo-${story.code}-${k}`, ip: `10.${k % 200}.${(k >> 3) % 250}.${(k % 7) + 1}` };
      const attempt = await answerSurvey(clock, survey.publicId, () => ({ answers, code: undefined }), client);
      if (!attempt.outcome?.ok) throw new Error(`demo survey answer refused: ${JSON.stringify(attempt.outcome)}`);
    }
    answered++;
    if (answers.unsafe_late === 'fairly_unsafe' || answers.unsafe_late === 'very_unsafe') unsafe++;
  }
  return { answered, unsafeShare: unsafe / answered };
}

/** Codes every free-text answer the product can suggest categories for, as the coordinator would confirm them. */
async function codeFreeText(deps: Deps, cast: KommunCast, surveyId: string): Promise<void> {
  const text = await listFreeText(deps, cast.coordinator, surveyId);
  const items = text.items.map((i) => ({
    responseId: i.responseId,
    questionId: i.questionId,
    categories: i.suggestions.length ? i.suggestions.slice(0, 2).map((s) => s.key) : ['ovrigt'],
  }));
  if (items.length) await setTextCodes(deps, cast.coordinator, surveyId, { items });
}

export async function runDemoSurvey(
  deps: Deps,
  cast: KommunCast,
  story: KommunStory,
  timeline: DemoTimeline,
): Promise<SurveyOutcome> {
  const year = timeline.situationYear;
  const opens = `${year}-09-08`;
  const closes = addDays(opens, SURVEY_DAYS);
  const created = await createSurvey(at(deps, addDays(opens, -14)), cast.coordinator, {
    municipalityId: cast.kommunId,
    template: TRYGGHET_TEMPLATE_KEY,
    title: { sv: `Trygghetsmätning ${cast.name} ${year}`, en: `Safety survey ${cast.name} ${year}` },
  });
  const open = await publishSurvey(at(deps, opens), cast.coordinator, created.id);
  const { answered, unsafeShare } = await answerAll(deps, cast, story, open, opens);
  const closing = at(deps, closes);
  await closeSurvey(closing, cast.coordinator, created.id);
  await flushLeftoverAnswers(closing);
  await codeFreeText(closing, cast, created.id);
  await setPublicResults(at(deps, addDays(closes, 14)), cast.coordinator, created.id, [
    { questionId: 'unsafe_late', breakdown: 'none' },
    { questionId: 'problems', breakdown: 'none' },
    { questionId: 'police_trust', breakdown: 'none' },
    { questionId: 'comments', breakdown: 'none' },
  ]);
  return { id: created.id, answers: answered, unsafeShare };
}
