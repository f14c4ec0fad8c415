/**
 * Follow-ups as the working group makes them: for every tertial of the
 * current promise that has ended, and the last year of the earlier one, a
 * draft filled in from progress, the proposed verdicts kept, texts written,
 * reviewed by the kommun and the police, approved by both leaderships and
 * published, each step on a day shortly after the period ended.
 */
import type { Deps } from '../deps.ts';
import { addDays } from '../../domain/progress/index.ts';
import { followUpWindow, type Cadence } from '../../domain/follow-up.ts';
import { createFollowUp, updateFollowUp } from '../follow-ups/followups.ts';
import { approveFollowUp, publishFollowUp, reviewFollowUp } from '../follow-ups/workflow.ts';
import type { StoredPromiseSet } from '../promises/promise-sets.ts';
import { at, earlier, type DemoTimeline } from './clock.ts';
import type { KommunStory } from './kommuner.ts';
import type { KommunCast } from './people.ts';

interface Texts {
  citizensSaid: string;
  nextSteps: string;
}

function summaryOf(items: { proposed: string }[], label: string): string {
  const met = items.filter((i) => i.proposed === 'uppfyllt').length;
  // Still running (progress/status.ts): on track or behind, and löpande work followed up in text.
  const running = items.filter((i) => ['i_fas', 'ligger_efter', 'foljs_upp_i_text'].includes(i.proposed)).length;
  const short = items.length - met - running;
  const parts = [`${met} av ${items.length} åtaganden är uppfyllda för ${label.toLowerCase()}`];
  if (running) parts.push(`${running} pågår`);
  if (short) parts.push(`${short} nådde inte hela vägen och tas upp i nästa steg`);
  return `${parts.join(', ')}.`;
}

/** One follow-up from draft to published, each step a few days after the period ended (today at the latest). */
async function followUp(
  deps: Deps,
  cast: KommunCast,
  set: StoredPromiseSet,
  period: { cadence: Cadence; year: number; index: number },
  texts: Texts,
  today: string,
): Promise<void> {
  const window = followUpWindow(period.cadence, period.year, period.index)!;
  const day = (after: number) => at(deps, earlier(addDays(window.to, after), today));
  const draft = await createFollowUp(day(8), cast.coordinator, set.id, period);
  await updateFollowUp(day(9), cast.coordinator, draft.id, {
    summary: summaryOf(draft.items, draft.label),
    citizensSaid: texts.citizensSaid,
    nextSteps: texts.nextSteps,
    items: draft.items.map((i) => ({ commitmentId: i.commitmentId, verdict: i.proposed })),
  });
  await reviewFollowUp(day(12), cast.coordinator, draft.id, 'kommunen');
  await reviewFollowUp(day(12), cast.officer, draft.id, 'polisen');
  await approveFollowUp(day(16), cast.kommunLeader, draft.id, 'kommunen');
  await approveFollowUp(day(16), cast.policeLeader, draft.id, 'polisen');
  await publishFollowUp(day(18), cast.coordinator, draft.id);
}

/** Every tertial of the current promise that ended before today. */
export async function currentFollowUps(
  deps: Deps,
  cast: KommunCast,
  story: KommunStory,
  set: StoredPromiseSet,
  timeline: DemoTimeline,
  surveyLine: string,
): Promise<number> {
  let made = 0;
  for (let year = timeline.currentFrom; year <= Number(set.period!.to!.slice(0, 4)); year++) {
    for (let index = 1; index <= 3; index++) {
      const window = followUpWindow('tertial', year, index)!;
      if (window.to >= timeline.today) return made;
      await followUp(
        deps,
        cast,
        set,
        { cadence: 'tertial', year, index },
        {
          citizensSaid: `${story.citizensSaid} ${surveyLine}`,
          nextSteps:
            'Arbetsgruppen planerar nästa tertial i genomförandeplanen och ser särskilt över det åtagande som ligger efter.',
        },
        timeline.today,
      );
      made++;
    }
  }
  return made;
}

/** The earlier promise's final follow-up: its last year, the result the page shows under "Tidigare löften". */
export async function earlierFollowUps(
  deps: Deps,
  cast: KommunCast,
  set: StoredPromiseSet,
  timeline: DemoTimeline,
): Promise<number> {
  const year = Number(set.period!.to!.slice(0, 4));
  await followUp(
    deps,
    cast,
    set,
    { cadence: 'year', year, index: 1 },
    {
      citizensSaid:
        'Under löftets tid har invånarna berättat vad de ser i dialoger, trygghetsvandringar och enkäter; det ligger till grund för nästa löfte.',
      nextSteps: 'Löftet är avslutat. Det som inte nåddes tas med i arbetet med nästa medborgarlöfte.',
    },
    timeline.today,
  );
  return 1;
}
