/** English words of Uppföljning; the same shape as sv-followups.ts. */
import type { svFollowUps } from './sv-followups.ts';
import type { Cadence } from '../api/follow-ups.ts';
import { VERDICT_EN } from '../../domain/progress/status.ts';

export const enFollowUps: typeof svFollowUps = {
  followUps: {
    title: 'Follow-up',
    intro:
      'Follow up the citizen promise period by period: what was done (the outcome) and whether each commitment is met. The follow-up is reviewed by the police and the municipality, approved by leadership and then published on the municipality page.',
    set: 'Citizen promise',
    noSets: 'There are no agreed or published citizen promises to follow up.',
    listHeading: 'Follow-ups',
    caption: 'Follow-ups of the citizen promise',
    period: 'Period',
    status: 'Status',
    due: 'Due',
    reviewed: 'Reviewed by',
    approved: 'Approved by',
    none: 'No follow-ups yet.',
    count: (n: number) => (n === 1 ? '1 follow-up' : `${n} follow-ups`),
    createHeading: 'New follow-up',
    cadence: 'Cadence',
    cadences: { quarter: 'Quarter', tertial: 'Tertial (four months)', halfyear: 'Half year', year: 'Full year' },
    year: 'Year',
    index: 'Period',
    create: 'Make the follow-up',
    created: 'The follow-up is made and filled in with the outcome.',
    label: (cadence: Cadence, year: number, index: number) => {
      if (cadence === 'quarter') return `Quarter ${index} ${year}`;
      if (cadence === 'tertial') return `Tertial ${index} ${year}`;
      if (cadence === 'halfyear') return `${index === 1 ? 'First' : 'Second'} half of ${year}`;
      return `Full year ${year}`;
    },
    indexOption: (cadence: Cadence, index: number, months: string) =>
      cadence === 'halfyear' ? `${index === 1 ? 'First' : 'Second'} half (${months})` : `${index} (${months})`,
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    statuses: { draft: 'Draft', reviewed: 'Reviewed', approved: 'Approved', published: 'Published' },
    signedBy: (by: string, party: string, at: string) => `${by} (${party}) ${at}`,
    parties: { polisen: 'the police', kommunen: 'the municipality' },
  },

  followUpPage: {
    back: 'Back to the follow-ups',
    heading: (title: string, label: string) => `${title} – ${label}`,
    status: 'Status',
    result: 'Result',
    period: 'Period',
    due: 'Due',
    reviews: 'Reviewed',
    approvals: 'Approved',
    published: 'Published',
    notYet: 'Not yet',
    workflowHeading: 'Review and approval',
    workflowIntro: {
      draft:
        'The follow-up is a draft. When the texts and verdicts are ready, both the police and the municipality review it.',
      reviewed:
        'Reviewed by both parties. Now leadership – the local police area chief and the municipal commissioner – approve it. The recipients get the report by e-mail when both have approved.',
      approved: 'Approved by leadership. Publish it to show it on the municipality page.',
      published: 'The follow-up is published on the municipality page.',
    },
    review: (party: string) => `Review for ${party}`,
    approve: 'Approve',
    approveFor: (party: string) => `Approve for ${party}`,
    publish: 'Publish',
    reviewedNotice: 'Your review is registered.',
    approvedNotice: 'Your approval is registered.',
    publishedNotice: 'The follow-up is published.',
    onlyLeaders: 'Only leadership can approve.',
    approveAfterPeriod: (to: string, from: string) =>
      `The period ends ${to}. The follow-up can be approved from ${from}, when the period's figures are final.`,
    itemsHeading: 'The commitments',
    itemsCaption: 'Outcome and verdict per commitment',
    commitment: 'Commitment',
    focusArea: 'Focus area',
    outcome: 'Outcome',
    outcomeOf: (done: number, required: number) => `${done} of ${required}`,
    outcomeDone: (done: number) => `${done} done`,
    activities: (n: number) => `${n} ${n === 1 ? 'activity' : 'activities'}`,
    proposed: 'Proposed verdict',
    verdict: 'Verdict',
    comment: 'Comment',
    commentHint: 'Required when the verdict differs from the proposal.',
    commentInText: 'Followed up in writing: give an account of what was done in the period.',
    commentRequired: (n: number) => `Say why the verdict is changed for commitment ${n}.`,
    verdicts: VERDICT_EN,
    itemLegend: (n: number, text: string) => `Commitment ${n}: ${text}`,
    textsHeading: 'Texts',
    summary: 'Summary',
    citizensSaid: 'What residents said',
    nextSteps: 'What happens next',
    recipients: 'Recipients (e-mail)',
    recipientsHint:
      'One address per line, for example the police area chief and the municipal commissioner. They get the report when it is approved.',
    recipientInvalid: (address: string) => `"${address}" is not an e-mail address.`,
    dueDate: 'Due',
    dateInvalid: 'Enter the date as YYYY-MM-DD.',
    save: 'Save the follow-up',
    saved: 'The follow-up is saved.',
    readOnly: 'The follow-up is reviewed and can no longer be changed.',
    noText: 'No text.',
    downloadsHeading: 'Download',
    pdf: 'The follow-up as PDF',
    docx: 'The follow-up as Word',
    csv: 'The figures as CSV',
    carryHeading: 'Carry over unfinished commitments',
    carryIntro:
      'Commitments that are not met can be carried over to the next citizen promise, a draft. Their history comes along.',
    carryTarget: 'To citizen promise (draft)',
    chooseTarget: 'Choose a draft',
    noDrafts: 'There is no draft to carry over to. Create the next citizen promise first.',
    carryLegend: 'Commitments to carry over',
    carry: 'Carry over',
    carried: (n: number, title: string) =>
      `${n} ${n === 1 ? 'commitment is' : 'commitments are'} carried over to ${title}.`,
    pickOne: 'Choose at least one commitment.',
  },
};
