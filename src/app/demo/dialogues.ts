/**
 * The meetings behind each lägesbild: a medborgardialog in October, a
 * trygghetsvandring through its three steps (förmöte, vandring,
 * återkopplingsmöte where each finding gets an owner and an action), and a
 * few EST reports from the autumn weeks, all through the dialogue use cases.
 */
import type { Deps } from '../deps.ts';
import { addDays } from '../../domain/progress/index.ts';
import { isoWeekKey } from '../../domain/dialogues/est.ts';
import { registerDialogue } from '../dialogues/dialogues.ts';
import { planWalk, recordFollowUp, recordWalk } from '../dialogues/safety-walks.ts';
import { fileEstReport } from '../dialogues/est.ts';
import { at, type DemoTimeline } from './clock.ts';
import type { FindingSeed, KommunStory } from './kommuner.ts';
import type { KommunCast } from './people.ts';

const findingsOf = (seeds: readonly FindingSeed[]) =>
  seeds.map(([text, category, seriousness, areaName]) => ({ text, category, seriousness, areaName: areaName ?? null }));

/** Who owns what the walk found: lighting and places with the kommun, the rest shared with the police. */
function actionFor(category: string, due: string) {
  if (category === 'otrygga_platser')
    return { owner: 'Kommunens gatuenhet', action: 'Se över och laga belysningen, röja sly', dueDate: due };
  if (category === 'trafik')
    return {
      owner: 'Polisen och kommunens trafikhandläggare',
      action: 'Hastighetskontroller och bättre skyltning',
      dueDate: due,
    };
  return {
    owner: 'Kommunen och bostadsbolaget',
    action: 'Städa, sanera och följa upp vid nästa vandring',
    dueDate: due,
  };
}

async function safetyWalk(deps: Deps, cast: KommunCast, story: KommunStory, year: number): Promise<void> {
  const preMeeting = `${year}-09-22`;
  const walkDay = `${year}-10-07`;
  const followUpDay = `${year}-11-04`;
  const planned = await planWalk(at(deps, preMeeting), cast.coordinator, {
    kommun: cast.code,
    date: walkDay,
    areaName: story.walk.area,
    route: story.walk.route,
    preMeetingDate: preMeeting,
    followUpDate: followUpDay,
    participants: story.walk.participants,
    note: 'Förmöte med polisen, bostadsbolaget och föreningarna: slingan och kvällens tid bestämdes.',
  });
  const walked = await recordWalk(at(deps, walkDay), cast.coordinator, planned.id, {
    date: walkDay,
    participants: story.walk.participants,
    findings: findingsOf(story.walk.findings),
    note: 'Vandringen gick i mörker mellan klockan 18 och 20.',
  });
  await recordFollowUp(at(deps, followUpDay), cast.coordinator, planned.id, {
    date: followUpDay,
    actions: walked.findings.map((f) => ({ findingId: f.id, ...actionFor(f.category, addDays(followUpDay, 90)) })),
  });
}

async function estReports(deps: Deps, cast: KommunCast, story: KommunStory, year: number): Promise<void> {
  for (const [i, report] of story.est.entries()) {
    const monday = addDays(`${year}-09-15`, i * 21);
    await fileEstReport(at(deps, addDays(monday, 4)), cast.coordinator, {
      kommun: cast.code,
      week: isoWeekKey(monday),
      areaName: report.area,
      answers: Object.fromEntries(Object.entries(report.levels).map(([item, level]) => [item, { level }])),
      note: report.note,
      findings: [],
    });
  }
}

export async function runDemoDialogues(
  deps: Deps,
  cast: KommunCast,
  story: KommunStory,
  timeline: DemoTimeline,
): Promise<void> {
  const year = timeline.situationYear;
  const day = `${year}-10-14`;
  await registerDialogue(at(deps, day), cast.coordinator, {
    kommun: cast.code,
    kind: 'medborgardialog',
    date: day,
    place: story.dialogue.place,
    areaName: story.dialogue.area,
    participants: story.dialogue.participants,
    note: 'Öppet möte med fika. Polisen och kommunen presenterade trygghetsmätningen och lyssnade.',
    findings: findingsOf(story.dialogue.findings),
  });
  await safetyWalk(deps, cast, story, year);
  await estReports(deps, cast, story, year);
}
