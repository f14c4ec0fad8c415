/**
 * The lägesbild of the year before the current promise: the product ranks
 * the problems from the survey, dialogues, EST reports and Polisen's events;
 * the working group writes its texts, prioritises the three heaviest
 * problems that the new promise answers, gives each a cause analysis, and
 * links it to the commitments made for it ("ni sa → vi lovade").
 */
import type { Deps } from '../deps.ts';
import { getSituation, updateProblem, updateSituation } from '../situation/situation.ts';
import type { PromiseSetDocument } from '../../domain/promise-set.ts';
import { at, type DemoTimeline } from './clock.ts';
import type { KommunStory } from './kommuner.ts';
import type { KommunCast } from './people.ts';
import type { SurveyOutcome } from './surveys.ts';

/** Which commitments answer a problem category, read from their wording. */
const ANSWERS: Record<string, RegExp> = {
  narkotika: /narkotik|drog|föräldra/i,
  trafik: /trafik|hastighet|moped|fortkörning|kontroller/i,
  tillgreppsbrott: /stöld|inbrott|märkning|grannsamverkan/i,
  otrygga_platser: /trygghetsvandring|belysning|synlig|på plats|nattvandring|medborgarkontakt/i,
  ungdomar: /unga|ungdom|fritidsgård|elever/i,
  bedragerier: /bedrägeri/i,
  ordningsstorningar: /nattvandring|synlig/i,
  skadegorelse: /trygghetsvandring/i,
  vald: /synlig|nattvandring/i,
};

type CauseType = 'situational' | 'social' | 'both';
type Horizon = 'short' | 'long' | 'both';

const CAUSES: Record<string, { type: CauseType; horizon: Horizon; text: string }> = {
  trafik: {
    type: 'situational',
    horizon: 'short',
    text: 'Raka vägar genom byarna och få kontroller gör att många kör fort; synliga kontroller och bättre skyltning verkar snabbt.',
  },
  narkotika: {
    type: 'social',
    horizon: 'long',
    text: 'Unga möter narkotika via sociala medier och äldre kamrater; tidiga samtal med unga och föräldrar och riktade insatser mot försäljning behövs över tid.',
  },
  otrygga_platser: {
    type: 'situational',
    horizon: 'short',
    text: 'Mörka gångvägar och platser där få vuxna rör sig på kvällen; belysning, röjning och synlig närvaro gör skillnad snabbt.',
  },
  tillgreppsbrott: {
    type: 'both',
    horizon: 'both',
    text: 'Obevakade fritidshus, gårdar och båtar är lätta mål; märkning och grannsamverkan försvårar, och information når de som drabbas.',
  },
  ungdomar: {
    type: 'social',
    horizon: 'long',
    text: 'Unga saknar mötesplatser på kvällarna; fritidsgården och skolan är nycklarna, tillsammans med vuxna ute.',
  },
  bedragerier: {
    type: 'social',
    horizon: 'both',
    text: 'Äldre luras av personer som utger sig för att vara från banken; kunskap om hur bedragarna arbetar skyddar.',
  },
};
const DEFAULT_CAUSE = {
  type: 'both' as CauseType,
  horizon: 'both' as Horizon,
  text: 'Både platsen och sammanhanget spelar in; arbetsgruppen följer problemet vid varje tertial.',
};

function linkedCommitments(set: PromiseSetDocument, category: string) {
  const pattern = ANSWERS[category];
  const links = set.focusAreas.flatMap((a) =>
    a.commitments.filter((c) => pattern?.test(c.text)).map((c) => ({ area: a.id!, commitment: c.id! })),
  );
  return { commitmentIds: links.map((l) => l.commitment), focusAreaIds: [...new Set(links.map((l) => l.area))] };
}

export async function buildDemoSituation(
  deps: Deps,
  cast: KommunCast,
  story: KommunStory,
  timeline: DemoTimeline,
  survey: SurveyOutcome,
  current: PromiseSetDocument,
): Promise<void> {
  const year = timeline.situationYear;
  const clock = at(deps, `${year}-11-25`);
  const percent = Math.round(survey.unsafeShare * 100);
  await updateSituation(clock, cast.officer, cast.kommunId, year, {
    texts: {
      crimeSurvey: `${survey.answers} personer svarade på trygghetsmätningen hösten ${year}; ${percent} procent känner sig ganska eller mycket otrygga ute ensamma sent en kväll.`,
      consequences: 'Otryggheten gör att en del avstår från kvällspromenader och från att ta bussen på kvällen.',
      otherInformation:
        'Polisens händelser, BRÅ:s anmälda brott och SCB:s befolkning har lästs in för de senaste åren.',
      analysis: story.analysis,
    },
  });
  const ranked = (await getSituation(clock, cast.officer, cast.kommunId, year)).problems;
  const answered = ranked.filter((p) => linkedCommitments(current, p.category).commitmentIds.length > 0);
  for (const p of answered.slice(0, 3)) {
    const cause = CAUSES[p.category] ?? DEFAULT_CAUSE;
    await updateProblem(clock, cast.officer, cast.kommunId, year, p.category, {
      prioritised: true,
      cause,
      ...linkedCommitments(current, p.category),
    });
  }
}
