/**
 * Small follow-up views for the report tests: the Kalix promises of
 * test-fixtures.ts followed up for the first half of 2019, with one promise
 * per verdict and one without a number in its target.
 */
import type { FollowUpItemView, FollowUpView } from '../app/follow-ups/view.ts';
import type { FollowUpActivityLine, FollowUpReportInput } from '../app/follow-ups/report-data.ts';
import type { Verdict } from '../domain/follow-up.ts';
import { count } from './test-fixtures.ts';

export function followUpItem(
  text: string,
  focusArea: string,
  verdict: Verdict,
  over: Partial<FollowUpItemView> = {},
): FollowUpItemView {
  return {
    commitmentId: `c-${text.length}-${verdict}`,
    text,
    focusArea,
    target: count(),
    done: 2,
    required: 2,
    span: { kind: 'window', from: '2019-01-01', to: '2019-06-30', noun: 'halfyear' },
    activities: 2,
    proposed: verdict,
    verdict,
    confirmed: true,
    comment: null,
    ...over,
  };
}

export const PRESENCE = 'Närvaro och trafik';
export const DRUGS = 'Alkohol och narkotika bland unga';
export const VOLUME = 'Inbrott och stölder';

export const FOLLOW_UP_TEXTS = {
  contacts: 'Genomföra i snitt fyra samtal med invånare per vecka i Kalix centrum och i Töre.',
  traffic: 'Genomföra minst fem hastighetskontroller på vägar där invånarna har larmat om fortkörning.',
  drugs: 'Genomföra minst två riktade insatser mot langning av alkohol till unga under året.',
  parents: 'Ordna minst två föreläsningar för föräldrar om narkotika under året.',
  neighbours: 'Löpande sprida information om grannsamverkan och stöldmärkning.',
  walks: 'Genomföra minst två trygghetsvandringar tillsammans med kommunen och grannsamverkan.',
  burglary: 'Under året genomföra minst två insatser mot stölder ur båtar och fritidshus.',
} as const;

export function kalixFollowUp(over: Partial<FollowUpView> = {}): FollowUpView {
  const t = FOLLOW_UP_TEXTS;
  return {
    id: 'f-1',
    promiseSetId: 'p-1',
    promiseSetTitle: 'Kalix – medborgarlöften',
    municipalities: ['Kalix'],
    cadence: 'halfyear',
    label: 'Första halvåret 2019',
    period: { from: '2019-01-01', to: '2019-06-30' },
    status: 'approved',
    summary:
      'Polisen har varit synlig i byarna och nästan alla löften har hållits.\n\n- Trafikkontrollerna blev fler än planerat.',
    citizensSaid: 'Invånarna i Töre sa att mopedåkningen på kvällarna har minskat.',
    nextSteps: 'Nästa halvår läggs fler trygghetsvandringar i centrum.',
    dueDate: '2019-07-31',
    recipients: [],
    reviews: [
      { party: 'polisen', by: 'Karin Nilsson', at: '2019-07-10T09:00:00Z' },
      { party: 'kommunen', by: 'Per Lundqvist', at: '2019-07-11T09:00:00Z' },
    ],
    approvals: [
      { party: 'polisen', by: 'Birgitta Nyström', at: '2019-07-20T09:00:00Z' },
      { party: 'kommunen', by: 'Åsa Fjällström', at: '2019-07-22T09:00:00Z' },
    ],
    publishedAt: null,
    items: [
      followUpItem(t.contacts, PRESENCE, 'uppfyllt', {
        done: 80,
        required: 78,
        activities: 80,
        comment: 'Fler kontakter än väntat i Töre.',
      }),
      followUpItem(t.traffic, PRESENCE, 'uppfyllt', { done: 6, required: 4, activities: 6 }),
      followUpItem(t.drugs, DRUGS, 'delvis_uppfyllt', {
        done: 1,
        required: 2,
        activities: 1,
        comment: 'En insats flyttades till hösten.',
      }),
      followUpItem(t.parents, DRUGS, 'uppfyllt', { done: 2, required: 2 }),
      followUpItem(t.neighbours, VOLUME, 'uppfyllt', {
        done: 5,
        required: null,
        activities: 5,
        target: { kind: 'none' },
      }),
      followUpItem(t.walks, VOLUME, 'ej_uppfyllt', {
        done: 0,
        required: 2,
        activities: 0,
        comment: 'Ingen vandring blev av.',
      }),
      followUpItem(t.burglary, VOLUME, 'uppfyllt', { done: 3, required: 2, activities: 3 }),
    ],
    ...over,
  };
}

type Line = FollowUpActivityLine;
const police = (date: string, places: string[] = []): Omit<Line, 'commitmentId'> => ({
  date,
  places,
  organisation: 'LPO Östra Norrbotten',
  party: 'polisen',
});
const kommun = (date: string, places: string[] = []): Omit<Line, 'commitmentId'> => ({
  date,
  places,
  organisation: 'Kalix',
  party: 'kommunen',
});
const partner = (date: string): Omit<Line, 'commitmentId'> => ({
  date,
  places: [],
  organisation: 'Grannsamverkan Kalix',
  party: 'partner',
});

/**
 * The Kalix follow-up as its report is given it: the activities of the
 * half year (three of the promises have some), the signatories of the
 * promise and the titles of those who signed the follow-up. Activity counts
 * match the log.
 */
export function kalixReportInput(audience: 'internal' | 'public' = 'internal'): FollowUpReportInput {
  const view = kalixFollowUp();
  const byText = (text: string) => view.items.find((i) => i.text === text)!.commitmentId;
  const t = FOLLOW_UP_TEXTS;
  const lines: Line[] = [
    ...[police('2019-02-04', ['Töre']), police('2019-03-11', ['Kalix centrum', 'Töre']), kommun('2019-05-20')].map(
      (l) => ({ ...l, commitmentId: byText(t.contacts) }),
    ),
    ...[police('2019-04-02', ['Kalix centrum'])].map((l) => ({ ...l, commitmentId: byText(t.traffic) })),
    ...[kommun('2019-03-14', ['Kalix centrum']), partner('2019-06-01')].map((l) => ({
      ...l,
      commitmentId: byText(t.parents),
    })),
  ];
  const publicView = audience === 'public';
  return {
    ...view,
    items: view.items.map((i) => ({ ...i, activities: lines.filter((l) => l.commitmentId === i.commitmentId).length })),
    audience,
    activityLog: publicView ? lines.map((l) => ({ ...l, places: [] })) : lines,
    signatories: [
      { name: publicView ? null : 'Birgitta Nyström', role: 'Lokalpolisområdeschef', party: 'polisen' },
      { name: publicView ? null : 'Åsa Fjällström', role: 'Kommunstyrelsens ordförande', party: 'kommunen' },
    ],
    titles: { reviews: [null, null], approvals: ['Lokalpolisområdeschef', 'Kommunstyrelsens ordförande'] },
    ...(publicView
      ? {
          reviews: view.reviews.map((r) => ({ ...r, by: r.party === 'polisen' ? 'Polisen' : 'Kommunen' })),
          approvals: view.approvals.map((r) => ({ ...r, by: r.party === 'polisen' ? 'Polisen' : 'Kommunen' })),
        }
      : {}),
  };
}
