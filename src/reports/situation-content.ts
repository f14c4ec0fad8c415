/**
 * The printed lägesbild as report blocks, in the parts the law (2023:196)
 * asks for: the extent and character of crime, its consequences, other
 * relevant information, and the analysis with the ranked problems, the
 * reasons for any ranking by hand and the cause analysis of each
 * prioritised problem. Everything in the open part comes from
 * situation-audience.ts; police material only ever appears in the section
 * marked SEKRETESS.
 */
import type { SituationView } from '../app/situation/situation.ts';
import { SOURCE_SV, type EvidenceSource } from '../domain/situation/scoring.ts';
import { CHART_WIDTH, proseBlocks, type Report, type ReportBlock, type ReportMark } from './report-blocks.ts';
import {
  situationForPrint,
  type OpenProblem,
  type PoliceProblem,
  type SituationAudience,
  type SituationForPrint,
} from './situation-audience.ts';
import { formatScoreSv, situationChart } from './situation-chart.ts';
import { municipalityLabelSv } from './text-sv.ts';
import type { CrimeSection } from '../domain/situation/crime-section.ts';
import { crimeStatisticsBlocks } from './situation-crime.ts';

export type SituationReportInput = {
  kommunName: string;
  audience: SituationAudience;
  /** The statistics under "Brottslighetens omfattning"; left out, the section says none are imported. */
  crime?: CrimeSection | null;
};

export const SITUATION_HEADINGS_SV = [
  '1. Brottslighetens omfattning och karaktär',
  '2. Konsekvenser',
  '3. Annan relevant information',
  '4. Analys',
] as const;

export const PUBLIC_MARK: ReportMark = { text: 'ÖPPEN VERSION', tone: 'info' };
export const INTERNAL_MARK: ReportMark = { text: 'INTERN – får inte spridas utanför arbetsgruppen', tone: 'alert' };
export const SECRECY_HEADING = 'SEKRETESS – Polisens underlag';

const CAUSE_TYPE_SV: Record<string, string> = {
  situational: 'situationell',
  social: 'social',
  both: 'situationell och social',
};
const HORIZON_SV: Record<string, string> = { short: 'kort sikt', long: 'lång sikt', both: 'kort och lång sikt' };

function sourceSv(source: string): string {
  return SOURCE_SV[source as EvidenceSource] ?? source;
}

function itemsSv(count: number): string {
  return `${count} underlag`;
}

function partsCell(problem: OpenProblem): string {
  if (problem.parts.length === 0) return 'Inget underlag';
  return (
    problem.parts
      // The reason in words (measures.ts) says what was counted and how the points came about.
      .map((part) =>
        part.why
          ? `${sourceSv(part.source)}: ${formatScoreSv(part.score)} p – ${part.why}`
          : `${sourceSv(part.source)}: ${itemsSv(part.items)}, ${formatScoreSv(part.score)} p`,
      )
      .join('\n')
  );
}

function rankingTable(problems: OpenProblem[]): ReportBlock {
  return {
    kind: 'table',
    columns: [
      { title: 'Rang', share: 0.1 },
      { title: 'Problem', share: 0.28 },
      { title: 'Poäng', share: 0.12 },
      { title: 'Underlag per källa', share: 0.5 },
    ],
    rows: problems.map((p) => [
      p.manualRank !== null ? `${p.rank} (flyttad)` : String(p.rank),
      p.label,
      formatScoreSv(p.score),
      partsCell(p),
    ]),
  };
}

function rankReasonBlocks(problems: OpenProblem[]): ReportBlock[] {
  const moved = problems.filter((p) => p.manualRank !== null);
  if (moved.length === 0) return [];
  return [
    { kind: 'paragraph', text: 'Problem som arbetsgruppen har flyttat i rangordningen, och varför:', tone: 'normal' },
    ...moved.map(
      (p): ReportBlock => ({
        kind: 'bullet',
        text: `${p.label}: plats ${p.rank} i stället för plats ${p.scoreRank} enligt poängen. Skäl: ${p.rankReason?.trim() || 'inget skäl angivet'}`,
      }),
    ),
  ];
}

function causeBlocks(problems: OpenProblem[]): ReportBlock[] {
  const prioritised = problems.filter((p) => p.prioritised);
  if (prioritised.length === 0) {
    return [
      { kind: 'heading', level: 2, text: 'Orsaksanalys' },
      { kind: 'paragraph', text: 'Inga problem är prioriterade ännu.', tone: 'muted' },
    ];
  }
  return prioritised.flatMap((p): ReportBlock[] => [
    { kind: 'heading', level: 2, text: `Orsaksanalys: ${p.label}` },
    {
      kind: 'paragraph',
      tone: 'normal',
      text: `Orsaker: ${CAUSE_TYPE_SV[p.cause.type ?? ''] ?? 'inte angivet'}. Tidsperspektiv: ${HORIZON_SV[p.cause.horizon ?? ''] ?? 'inte angivet'}.`,
    },
    ...proseBlocks(p.cause.text, 'Ingen orsaksanalys är skriven ännu.'),
  ]);
}

/** Internal only: what each piece of open evidence says. */
function evidenceBlocks(problems: OpenProblem[]): ReportBlock[] {
  const rows = problems.flatMap((p) =>
    p.evidence.map((e) => [p.label, sourceSv(e.source), e.description, formatScoreSv(e.points)]),
  );
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Underlaget i detalj' },
    {
      kind: 'table',
      columns: [
        { title: 'Problem', share: 0.2 },
        { title: 'Källa', share: 0.22 },
        { title: 'Beskrivning', share: 0.48 },
        { title: 'Poäng', share: 0.1 },
      ],
      rows,
    },
  ];
}

function weightsSv(print: SituationForPrint): string {
  const weights = print.weights.map((w) => `${sourceSv(w.source)} ${formatScoreSv(w.weight)}`).join(', ');
  return (
    'Varje källa ger varje problem 0–10 poäng: skilda problem efter plats och tertial, trygghetsmätningar efter ' +
    'medelvärde och antal svar, statistik och Polisens händelser jämfört med länet. Ett problems poäng är summan ' +
    `av källornas poäng gånger källans vikt. Vikter: ${weights}.`
  );
}

function analysisBlocks(view: SituationView, print: SituationForPrint): ReportBlock[] {
  const chart = situationChart(print.problems, CHART_WIDTH);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: SITUATION_HEADINGS_SV[3] },
    ...proseBlocks(view.texts.analysis, 'Ingen analys är skriven ännu.'),
    { kind: 'heading', level: 2, text: 'Rangordning av problemen' },
    { kind: 'paragraph', text: weightsSv(print), tone: 'normal' },
  ];
  if (print.police) {
    const text = `Rangordningen här bygger på det öppna underlaget. Rangordningen med Polisens underlag finns i avsnittet ${SECRECY_HEADING}.`;
    blocks.push({ kind: 'paragraph', tone: 'muted', text });
  }
  if (chart) blocks.push(chart);
  if (print.problems.length === 0)
    blocks.push({ kind: 'paragraph', text: 'Inga problem är kartlagda ännu.', tone: 'muted' });
  else blocks.push(rankingTable(print.problems));
  return [
    ...blocks,
    ...rankReasonBlocks(print.problems),
    ...causeBlocks(print.problems),
    ...evidenceBlocks(print.problems),
  ];
}

const SECRECY_NOTICE =
  'SEKRETESS. Uppgifterna i detta avsnitt kommer från Polisens underrättelser och omfattas av sekretess. ' +
  'De får inte lämnas ut eller spridas utanför arbetsgruppen.';

function policePartSv(part: PoliceProblem['part']): string {
  if (!part) return '–';
  const sum = `${formatScoreSv(part.points)} p × vikt ${formatScoreSv(part.weight)} = ${formatScoreSv(part.score)}`;
  return part.why ? `${sum} (${part.why})` : `${itemsSv(part.items)}, ${sum}`;
}

/** On a page of its own, so the section can be taken out of a printed copy. */
function policeBlocks(police: PoliceProblem[]): ReportBlock[] {
  const evidence = police.flatMap((p) => p.evidence.map((e) => [p.label, e.description, formatScoreSv(e.points)]));
  const ranking: ReportBlock = {
    kind: 'table',
    columns: [
      { title: 'Rang', share: 0.1 },
      { title: 'Problem', share: 0.3 },
      { title: 'Poäng totalt', share: 0.18 },
      { title: 'Varav Polisens underlag', share: 0.42 },
    ],
    rows: police.map((p) => [String(p.rank), p.label, formatScoreSv(p.score), policePartSv(p.part)]),
  };
  const details: ReportBlock =
    evidence.length === 0
      ? { kind: 'paragraph', text: 'Polisen har inte lämnat något underlag.', tone: 'muted' }
      : {
          kind: 'table',
          columns: [
            { title: 'Problem', share: 0.22 },
            { title: 'Beskrivning', share: 0.66 },
            { title: 'Poäng', share: 0.12 },
          ],
          rows: evidence,
        };
  return [
    { kind: 'heading', level: 1, text: SECRECY_HEADING, newPage: true },
    { kind: 'banner', tone: 'alert', text: SECRECY_NOTICE },
    { kind: 'heading', level: 2, text: 'Rangordning med Polisens underlag' },
    ranking,
    { kind: 'heading', level: 2, text: 'Polisens underlag i detalj' },
    details,
  ];
}

/** What answers each problem (its promises and the åtgärdsplan's measures), by category; left out, nothing is printed. */
export type SituationLinksInput = { links?: Record<string, string> };

/** "Problemet Narkotika besvaras av löfte 3 och åtgärd 2", one line per problem in the ranking's order. */
function linkBlocks(print: SituationForPrint, links: Record<string, string> | undefined): ReportBlock[] {
  const lines = print.problems.flatMap((p) => (links?.[p.category] ? [links[p.category]!] : []));
  if (lines.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Löften och åtgärder mot problemen' },
    ...lines.map((text): ReportBlock => ({ kind: 'bullet', text })),
  ];
}

function introBanner(print: SituationForPrint): ReportBlock {
  if (print.audience === 'public') {
    const text =
      'ÖPPEN VERSION. Polisens sekretessbelagda underlag ingår inte, och underlagen redovisas bara som antal per källa.';
    return { kind: 'banner', tone: 'info', text };
  }
  const police = print.police ? ' Polisens sekretessbelagda underlag finns i avsnittet SEKRETESS.' : '';
  return {
    kind: 'banner',
    tone: 'alert',
    text: `INTERN – får inte spridas utanför arbetsgruppen. Underlagen kan innehålla personuppgifter.${police}`,
  };
}

export function buildSituationReport(view: SituationView, input: SituationReportInput & SituationLinksInput): Report {
  const print = situationForPrint(view, input.audience);
  const kommun = municipalityLabelSv(input.kommunName);
  return {
    kicker: 'LÄGESBILD',
    title: `Lägesbild ${view.year} – ${kommun}`,
    subtitle: ['Kartläggning och analys enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete'],
    isDraft: false,
    mark: input.audience === 'public' ? PUBLIC_MARK : INTERNAL_MARK,
    subject: `Lägesbild ${view.year}`,
    author: kommun,
    blocks: [
      introBanner(print),
      { kind: 'heading', level: 1, text: SITUATION_HEADINGS_SV[0] },
      ...proseBlocks(view.texts.crimeSurvey, 'Inget är skrivet ännu.'),
      ...crimeStatisticsBlocks(input.crime),
      { kind: 'heading', level: 1, text: SITUATION_HEADINGS_SV[1] },
      ...proseBlocks(view.texts.consequences, 'Inget är skrivet ännu.'),
      { kind: 'heading', level: 1, text: SITUATION_HEADINGS_SV[2] },
      ...proseBlocks(view.texts.otherInformation, 'Inget är skrivet ännu.'),
      ...analysisBlocks(view, print),
      ...linkBlocks(print, input.links),
      ...(print.police ? policeBlocks(print.police) : []),
    ],
  };
}
