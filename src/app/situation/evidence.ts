/**
 * Gathers the evidence of a kommun's year into lägesbild points. Every
 * source is one small function, so a new source is one more function.
 */
import { sql } from 'kysely';
import type { Deps } from '../deps.ts';
import type { Evidence } from '../../domain/situation/scoring.ts';
import { dialogueFindingsFor } from '../dialogues/findings.ts';
import { EST_CHECKLIST } from '../../domain/dialogues/est.ts';
import { loadSurvey } from '../surveys/store.ts';
import { loadResponses } from '../surveys/results.ts';
import { computeResults } from '../../domain/surveys/results.ts';
import { redact } from '../../domain/surveys/redaction.ts';
import { knownNamesFor } from '../surveys/known-names.ts';
import { categoryOfSurveyItem } from '../../domain/situation/survey-categories.ts';

/** Polisen's event categories in terms of the lägesbild's problem categories. */
const EVENT_TO_PROBLEM: Record<string, string> = {
  narkotika: 'narkotika',
  trafik: 'trafik',
  'stöld och inbrott': 'tillgreppsbrott',
  rån: 'tillgreppsbrott',
  'våld och hot': 'vald',
  'vapen och sprängning': 'vald',
  skadegörelse: 'skadegorelse',
  'ordning och ofog': 'ordningsstorningar',
  bedrägeri: 'bedragerier',
  brand: 'ovrigt',
  övrigt: 'ovrigt',
};

async function fromDialogues(deps: Deps, municipalityId: string, year: number): Promise<Evidence[]> {
  const [findings, keep] = await Promise.all([
    dialogueFindingsFor(deps, municipalityId, year),
    knownNamesFor(deps.db, municipalityId),
  ]);
  // The lägesbild leaves the working group (public view, exports): the finding's free text goes masked.
  return findings.map((f) => ({
    source: f.sourceKind === 'est' ? 'est' : 'dialogue',
    category: f.category,
    points: f.seriousness,
    description: `${f.sourceLabel} ${f.date}${f.area ? `, ${f.area.name}` : ''}: ${redact(f.text, { keep }).text}`,
    confidential: false,
  }));
}

async function fromPoliceEvents(deps: Deps, municipalityId: string, year: number): Promise<Evidence[]> {
  const rows = await sql<{ category: string; n: string }>`
    select e.category, count(*) as n from stats_police_events e join organisations o on o.code = e.municipality_code
    where o.id = ${municipalityId} and e.local_date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date
    group by e.category`.execute(deps.db);
  return rows.rows.map((r) => ({
    source: 'events' as const,
    category: EVENT_TO_PROBLEM[r.category] ?? 'ovrigt',
    points: Number(r.n),
    description: `${r.n} händelser i Polisens händelseflöde (${r.category})`,
    confidential: false,
  }));
}

/** Confidential: only gathered for police staff. */
async function fromPoliceNotes(deps: Deps, municipalityId: string, year: number): Promise<Evidence[]> {
  const rows = await deps.db
    .selectFrom('police_notes')
    .select(['category', 'seriousness', 'text'])
    .where('municipality_id', '=', municipalityId)
    .where('year', '=', year)
    .execute();
  return rows.map((r) => ({
    source: 'police' as const,
    category: r.category,
    points: r.seriousness,
    description: r.text,
    confidential: true,
  }));
}

/**
 * EST checklists: each item's level (0 inget, 1 förekommer, 2 påtagligt)
 * summed over the year's reports, per the item's problem category.
 */
async function fromEstChecklists(deps: Deps, municipalityId: string, year: number): Promise<Evidence[]> {
  const rows = await sql<{ item: string; total: string; reports: string }>`
    select e.item, sum(e.level) as total, count(distinct d.id) as reports
    from est_answers e join dialogues d on d.id = e.report_id
    where d.municipality_id = ${municipalityId} and d.kind = 'est' and e.level > 0
      and d.date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date
    group by e.item`.execute(deps.db);
  return rows.rows.flatMap((r) => {
    const item = EST_CHECKLIST.find((i) => i.key === r.item);
    if (!item) return [];
    return [
      {
        source: 'est' as const,
        category: item.category,
        points: Number(r.total),
        confidential: false,
        description: `EST: ${item.label} rapporterat i ${r.reports} veckorapporter (summa ${r.total})`,
      },
    ];
  });
}

export type EvidenceGatherer = (deps: Deps, municipalityId: string, year: number) => Promise<Evidence[]>;

/** Sources everyone in the working group may see. */
export const OPEN_SOURCES: EvidenceGatherer[] = [
  fromDialogues,
  fromPoliceEvents,
  fromEstChecklists,
  (d, m, y) => fromSurveys(d, m, y),
];

export async function gatherEvidence(
  deps: Deps,
  municipalityId: string,
  year: number,
  includeConfidential: boolean,
): Promise<Evidence[]> {
  const gatherers = includeConfidential ? [...OPEN_SOURCES, fromPoliceNotes] : OPEN_SOURCES;
  return (await Promise.all(gatherers.map((g) => g(deps, municipalityId, year)))).flat();
}

/** Trygghetsmätningar of the kommun that opened in the year: each problem item's index 0–6, when enough answered. */
async function fromSurveys(deps: Deps, municipalityId: string, year: number): Promise<Evidence[]> {
  const rows = await deps.db
    .selectFrom('surveys')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('status', '!=', 'draft')
    // A survey without an opening date opened when it was published.
    .where(sql<boolean>`extract(year from coalesce(opens_on, published_at::date, created_at::date)) = ${year}`)
    .execute();
  const out: Evidence[] = [];
  for (const r of rows) {
    const survey = await loadSurvey(deps.db, r.id);
    if (!survey) continue;
    const results = computeResults({
      questions: survey.questions,
      responses: await loadResponses(deps.db, survey.id),
      scoring: survey.scoring,
      categories: survey.categories,
    });
    for (const q of results.questions) {
      if (q.kind !== 'problem' || !q.total || !('items' in q.total)) continue;
      for (const item of q.total.items) {
        const category = item.index === null ? null : categoryOfSurveyItem(item.label.sv ?? '');
        if (category === null || item.index === null) continue;
        out.push({
          source: 'survey',
          category,
          points: item.index,
          confidential: false,
          description: `${survey.title}: "${item.label.sv}" – index ${item.index.toFixed(1)} av 6 (${item.counted} svar)`,
        });
      }
    }
  }
  return out;
}
