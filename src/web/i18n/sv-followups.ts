/** Swedish words of Uppföljning: follow-ups per period, verdicts, texts, workflow, downloads and carry-over. */
import type { Cadence, FollowUpStatus } from '../api/follow-ups.ts';
import { formatNumberSv } from '../../domain/reader-text.ts';
import { VERDICT_SV } from '../../domain/progress/status.ts';

export const svFollowUps = {
  followUps: {
    title: 'Uppföljning',
    intro:
      'Följ upp medborgarlöftet period för period: vad som gjordes (utfallet) och om varje åtagande är uppfyllt. Uppföljningen granskas av polisen och kommunen, godkänns av ledningen och publiceras sedan på kommunens sida.',
    set: 'Medborgarlöfte',
    noSets: 'Det finns inga överenskomna eller publicerade medborgarlöften att följa upp.',
    listHeading: 'Uppföljningar',
    caption: 'Uppföljningar av medborgarlöftet',
    period: 'Period',
    status: 'Status',
    due: 'Klar senast',
    reviewed: 'Granskad av',
    approved: 'Godkänd av',
    none: 'Inga uppföljningar än.',
    count: (n: number) => (n === 1 ? '1 uppföljning' : `${n} uppföljningar`),
    createHeading: 'Ny uppföljning',
    cadence: 'Intervall',
    cadences: { quarter: 'Kvartal', tertial: 'Tertial', halfyear: 'Halvår', year: 'Helår' } as Record<Cadence, string>,
    year: 'År',
    index: 'Period',
    create: 'Gör uppföljningen',
    created: 'Uppföljningen är gjord och ifylld med utfallet.',
    label: (cadence: Cadence, year: number, index: number) => {
      if (cadence === 'quarter') return `Kvartal ${index} ${year}`;
      if (cadence === 'tertial') return `Tertial ${index} ${year}`;
      if (cadence === 'halfyear') return `${index === 1 ? 'Första' : 'Andra'} halvåret ${year}`;
      return `Helåret ${year}`;
    },
    indexOption: (cadence: Cadence, index: number, months: string) =>
      cadence === 'halfyear' ? `${index === 1 ? 'Första' : 'Andra'} halvåret (${months})` : `${index} (${months})`,
    monthsShort: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    statuses: { draft: 'Utkast', reviewed: 'Granskad', approved: 'Godkänd', published: 'Publicerad' } as Record<
      FollowUpStatus,
      string
    >,
    signedBy: (by: string, party: string, at: string) => `${by} (${party}) ${at}`,
    parties: { polisen: 'polisen', kommunen: 'kommunen' } as Record<string, string>,
  },

  followUpPage: {
    back: 'Tillbaka till uppföljningarna',
    heading: (title: string, label: string) => `${title} – ${label}`,
    status: 'Status',
    result: 'Resultat',
    period: 'Period',
    due: 'Klar senast',
    reviews: 'Granskad',
    approvals: 'Godkänd',
    published: 'Publicerad',
    notYet: 'Inte än',
    workflowHeading: 'Granskning och godkännande',
    workflowIntro: {
      draft: 'Uppföljningen är ett utkast. När texterna och bedömningarna är klara granskar både polisen och kommunen.',
      reviewed:
        'Granskad av båda parter. Nu ska ledningen – LPO-chefen och kommunalrådet – godkänna den. Mottagarna får rapporten med e-post när båda har godkänt.',
      approved: 'Godkänd av ledningen. Publicera den så syns den på kommunens sida.',
      published: 'Uppföljningen är publicerad på kommunens sida.',
    } as Record<FollowUpStatus, string>,
    review: (party: string) => `Granska för ${party}`,
    approve: 'Godkänn',
    approveFor: (party: string) => `Godkänn för ${party}`,
    publish: 'Publicera',
    reviewedNotice: 'Din granskning är registrerad.',
    approvedNotice: 'Ditt godkännande är registrerat.',
    publishedNotice: 'Uppföljningen är publicerad.',
    onlyLeaders: 'Bara ledningen kan godkänna.',
    approveAfterPeriod: (to: string, from: string) =>
      `Perioden slutar ${to}. Uppföljningen kan godkännas från och med ${from}, när periodens siffror är slutliga.`,
    itemsHeading: 'Åtagandena',
    itemsCaption: 'Utfall och bedömning per åtagande',
    commitment: 'Åtagande',
    focusArea: 'Fokusområde',
    outcome: 'Utfall',
    outcomeOf: (done: number, required: number) => `${formatNumberSv(done)} av ${formatNumberSv(required)}`,
    outcomeDone: (done: number) => `${formatNumberSv(done)} gjorda`,
    activities: (n: number) => `${n} ${n === 1 ? 'aktivitet' : 'aktiviteter'}`,
    proposed: 'Föreslagen bedömning',
    verdict: 'Bedömning',
    comment: 'Kommentar',
    commentHint: 'Krävs när bedömningen ändras från förslaget.',
    commentInText: 'Följs upp i text: skriv en redogörelse för vad som har gjorts under perioden.',
    commentRequired: (n: number) => `Skriv varför bedömningen ändras för åtagande ${n}.`,
    verdicts: VERDICT_SV,
    itemLegend: (n: number, text: string) => `Åtagande ${n}: ${text}`,
    textsHeading: 'Texter',
    summary: 'Sammanfattning',
    citizensSaid: 'Vad invånarna sa',
    nextSteps: 'Vad händer nu',
    recipients: 'Mottagare (e-post)',
    recipientsHint:
      'En adress per rad, till exempel LPO-chefen och kommunalrådet. De får rapporten när den är godkänd.',
    recipientInvalid: (address: string) => `"${address}" är ingen e-postadress.`,
    dueDate: 'Klar senast',
    dateInvalid: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
    save: 'Spara uppföljningen',
    saved: 'Uppföljningen är sparad.',
    readOnly: 'Uppföljningen är granskad och kan inte längre ändras.',
    noText: 'Ingen text.',
    downloadsHeading: 'Ladda ner',
    pdf: 'Uppföljningen som PDF',
    docx: 'Uppföljningen som Word',
    csv: 'Siffrorna som CSV',
    carryHeading: 'För över ofullbordade åtaganden',
    carryIntro:
      'Åtaganden som inte är uppfyllda kan föras över till nästa medborgarlöfte, ett utkast. Historiken följer med.',
    carryTarget: 'Till medborgarlöfte (utkast)',
    chooseTarget: 'Välj utkast',
    noDrafts: 'Det finns inget utkast att föra över till. Skapa nästa medborgarlöfte först.',
    carryLegend: 'Åtaganden att föra över',
    carry: 'För över',
    carried: (n: number, title: string) => `${n} ${n === 1 ? 'åtagande är fört' : 'åtaganden är förda'} till ${title}.`,
    pickOne: 'Välj minst ett åtagande.',
  },
};
