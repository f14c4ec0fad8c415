/**
 * "Har det gjort skillnad?" in the demo: a short follow-up survey in the
 * spring of the current promise's first year (fewer residents out alone
 * late feel unsafe than in the autumn survey before the promise), and three
 * outcome indicators on the current promise, marked as demo data:
 * - the share feeling unsafe late: clearly lower (improved);
 * - burglary as a problem in the neighbourhood, index 0–6: about the same
 *   (no clear change);
 * - all reported crimes from BRÅ: the first promise year's statistics are
 *   not out yet (too little data, said so).
 */
import type { Deps } from '../deps.ts';
import { TRYGGHET_TEMPLATE_KEY } from '../../domain/surveys/template.ts';
import { addDays } from '../../domain/progress/index.ts';
import { createSurvey } from '../surveys/surveys.ts';
import { closeSurvey, publishSurvey } from '../surveys/lifecycle.ts';
import { answerSurvey } from '../surveys/answer.ts';
import { flushLeftoverAnswers } from '../surveys/queries/batches.ts';
import { addIndicator } from '../outcomes/indicators.ts';
import type { StoredPromiseSet } from '../../contracts/promises.ts';
import { at, pick, seeded, seedOf, type DemoTimeline } from './clock.ts';
import type { KommunStory } from './kommuner.ts';
import type { KommunCast } from './people.ts';
import { demoAnswer } from './survey-answers.ts';

const SPRING_ANSWERS = 120;
const SPRING_DAYS = 21;

/** The spring follow-up survey: the same template, answered through the public link. */
async function springSurvey(deps: Deps, cast: KommunCast, story: KommunStory, timeline: DemoTimeline): Promise<number> {
  const year = timeline.currentFrom;
  const opens = `${year}-04-07`;
  const created = await createSurvey(at(deps, addDays(opens, -10)), cast.coordinator, {
    municipalityId: cast.kommunId,
    template: TRYGGHET_TEMPLATE_KEY,
    title: {
      sv: `Uppföljande trygghetsmätning ${cast.name} våren ${year}`,
      en: `Follow-up safety survey ${cast.name} spring ${year}`,
    },
  });
  const open = await publishSurvey(at(deps, opens), cast.coordinator, created.id);
  const area = open.questions.find((q) => q.kind === 'area');
  const areas = new Map((area && 'options' in area ? area.options : []).map((o) => [o.label.sv ?? '', o.value]));
  const rand = seeded(seedOf(`spring-${story.code}`));
  for (let k = 0; k < SPRING_ANSWERS; k++) {
    const answers = demoAnswer(rand, story, areas, k, SPRING_ANSWERS);
    // The kommun's voices were heard in the autumn; the spring round is ticked boxes only.
    delete answers.comments;
    // Evenings feel safer than in the autumn before the promise: fewer say unsafe.
    answers.unsafe_late = pick(rand, [
      ['very_safe', 36],
      ['fairly_safe', 44],
      ['fairly_unsafe', 5],
      ['very_unsafe', 1],
      ['never_out', 5],
      ['dont_know', 3],
    ]);
    const clock = at(deps, addDays(opens, Math.floor((k * SPRING_DAYS) / SPRING_ANSWERS)));
    const client = {
      token: `demo-spring-${story.code}-${k}`,
      ip: `10.${200 + (k % 50)}.${(k >> 3) % 250}.${(k % 7) + 1}`,
    };
    const attempt = await answerSurvey(clock, open.publicId, () => ({ answers, code: undefined }), client);
    if (!attempt.outcome?.ok) throw new Error(`demo spring answer refused: ${JSON.stringify(attempt.outcome)}`);
  }
  const closing = at(deps, addDays(opens, SPRING_DAYS));
  await closeSurvey(closing, cast.coordinator, created.id);
  await flushLeftoverAnswers(closing);
  return SPRING_ANSWERS;
}

export async function runDemoOutcomes(
  deps: Deps,
  cast: KommunCast,
  story: KommunStory,
  timeline: DemoTimeline,
  current: StoredPromiseSet,
): Promise<number> {
  const answers = await springSurvey(deps, cast, story, timeline);
  const clock = at(deps, `${timeline.currentFrom}-05-15`);
  const demo = { demo: true };
  await addIndicator(
    clock,
    cast.coordinator,
    current.id,
    {
      title: 'Känner sig otrygga ute ensamma sent en kväll',
      desired: 'decrease',
      definition: { kind: 'survey_share', questionId: 'unsafe_late', options: ['very_unsafe', 'fairly_unsafe'] },
      baseline: null,
      problemCategory: null,
    },
    demo,
  );
  await addIndicator(
    clock,
    cast.coordinator,
    current.id,
    {
      title: 'Inbrott i bostäder som problem (index 0–6)',
      desired: 'decrease',
      definition: { kind: 'survey_index', questionId: 'problems', itemId: 'burglary' },
      baseline: null,
      problemCategory: null,
    },
    demo,
  );
  await addIndicator(
    clock,
    cast.coordinator,
    current.id,
    {
      title: 'Anmälda brott totalt',
      desired: 'decrease',
      definition: { kind: 'crime', source: 'bra', category: 'samtliga brott', comparison: null },
      baseline: null,
      problemCategory: null,
    },
    demo,
  );
  return answers;
}
