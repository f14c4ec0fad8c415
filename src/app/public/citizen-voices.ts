/**
 * "Ni sa": what residents said, for the kommun page. Today the only public
 * source is the "what citizens said" text of the newest published
 * follow-up; the lägesbild and the surveys add their published results here
 * when they have them (the two lists below).
 */
import type { Deps } from '../deps.ts';
import { followUpLabelSv } from '../../domain/follow-up.ts';
import { followUpLabelEn } from './follow-ups.ts';
import { newestCitizensSaid } from './queries/published.ts';

export interface CitizenVoice {
  source: 'follow_up' | 'situation_picture' | 'survey' | 'dialogue';
  /** Where it comes from, e.g. "Uppföljning första halvåret 2019". */
  title: string;
  titleEn: string;
  text: string;
  date: string | null;
  /** A public page with more, if there is one. */
  href: string | null;
}

/** Published findings of the kommun's lägesbild (citizen dialogues, safety walks): none published yet. */
async function fromSituationPicture(_deps: Deps, _municipalityId: string): Promise<CitizenVoice[]> {
  return [];
}

/** Published survey results (trygghetsmätning): none published yet. */
async function fromSurveys(_deps: Deps, _municipalityId: string): Promise<CitizenVoice[]> {
  return [];
}

async function fromNewestFollowUp(deps: Deps, municipalityId: string, slug: string): Promise<CitizenVoice[]> {
  const f = await newestCitizensSaid(deps.db, municipalityId);
  if (!f) return [];
  return [
    {
      source: 'follow_up',
      title: `Uppföljning ${followUpLabelSv(f.cadence, f.period_from).toLowerCase()}`,
      titleEn: `Follow-up, ${followUpLabelEn(f.cadence, f.period_from).toLowerCase()}`,
      text: f.citizens_said,
      date: new Date(f.published_at).toISOString().slice(0, 10),
      href: `/kommun/${slug}/uppfoljning/${f.id}`,
    },
  ];
}

export async function citizenVoicesFor(deps: Deps, municipalityId: string, slug = ''): Promise<CitizenVoice[]> {
  return [
    ...(await fromSituationPicture(deps, municipalityId)),
    ...(await fromSurveys(deps, municipalityId)),
    ...(await fromNewestFollowUp(deps, municipalityId, slug)),
  ];
}
