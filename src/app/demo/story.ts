/**
 * The full demo, "ni sa – vi lovade – vi gjorde" for every demo kommun:
 * statistics, then per kommun its areas, the earlier promise with its
 * activities, the survey, dialogues, walk and EST reports of the year
 * between, the current promise, the lägesbild linked to it, the current
 * promise's activities up to today, and the published follow-ups. Only
 * `npm start` / `lofte demo` (and the browser tests) build it; the test
 * fixture seeds accounts only.
 */
import type { Deps } from '../deps.ts';
import { createArea } from '../areas/areas.ts';
import { drainEvents } from '../events/drain.ts';
import { logDemoActivities } from './activities.ts';
import { at, demoTimeline, type DemoTimeline } from './clock.ts';
import { runDemoDialogues } from './dialogues.ts';
import { currentFollowUps, earlierFollowUps } from './follow-ups.ts';
import { DEMO_STORIES, type KommunStory } from './kommuner.ts';
import { castFor, createStoryAccounts, type KommunCast } from './people.ts';
import { currentDocument, earlierDocument, publishDemoSet } from './promises.ts';
import { buildDemoSituation } from './situation.ts';
import { importDemoStatistics } from './statistics.ts';
import { runDemoOutcomes } from './outcomes.ts';
import { runDemoSurvey } from './surveys.ts';
import { translateDemoPromise } from './translations.ts';

export interface DemoStoryReport {
  kommuner: number;
  answers: number;
  activities: number;
  followUps: number;
}

async function addAreas(deps: Deps, cast: KommunCast, story: KommunStory, timeline: DemoTimeline): Promise<void> {
  const clock = at(deps, `${timeline.situationYear - 1}-11-01`);
  for (const name of story.areas) await createArea(clock, cast.coordinator, cast.code, { name });
}

async function kommunStory(deps: Deps, story: KommunStory, timeline: DemoTimeline, report: DemoStoryReport) {
  const cast = await castFor(deps, story.code);
  const loggers = { police: cast.officer, kommun: cast.coordinator };
  await addAreas(deps, cast, story, timeline);
  const earlier = await publishDemoSet(deps, cast, earlierDocument(story.file, timeline));
  report.activities += await logDemoActivities(deps, earlier, earlier.period!.to!, loggers);
  const survey = await runDemoSurvey(deps, cast, story, timeline);
  await runDemoDialogues(deps, cast, story, timeline);
  const current = await publishDemoSet(deps, cast, currentDocument(story.file, timeline));
  // Övertorneå's coordinator writes its Finnish and Meänkieli texts the week it is published.
  await translateDemoPromise(at(deps, current.period!.from), cast, current);
  await buildDemoSituation(deps, cast, story, timeline, survey, current);
  report.answers += await runDemoOutcomes(deps, cast, story, timeline, current);
  report.activities += await logDemoActivities(deps, current, timeline.today, loggers);
  report.followUps += await earlierFollowUps(deps, cast, earlier, timeline);
  const surveyLine = `${survey.answers} personer svarade på trygghetsmätningen hösten ${timeline.situationYear}.`;
  report.followUps += await currentFollowUps(deps, cast, story, current, timeline, surveyLine);
  report.answers += survey.answers;
  report.kommuner++;
}

/** Builds the whole demo on top of seed.ts's organisations and accounts; `password` is the demo accounts' password. */
export async function seedDemoStory(deps: Deps, password: string): Promise<DemoStoryReport> {
  const timeline = demoTimeline(deps);
  const report: DemoStoryReport = { kommuner: 0, answers: 0, activities: 0, followUps: 0 };
  await createStoryAccounts(deps, password);
  await importDemoStatistics(deps, (await castFor(deps, '2514')).officer, timeline);
  for (const story of DEMO_STORIES) await kommunStory(deps, story, timeline, report);
  // What publishing recorded (cache, subscribers' e-mail) is handled now, as the server would right after.
  await drainEvents(deps);
  return report;
}
