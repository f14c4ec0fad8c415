import type { Deps } from '../deps.ts';
import { AppError, forbidden } from '../../domain/errors.ts';
import { reachFor, type Actor } from '../../domain/access/permissions.ts';
import {
  municipalityByCode,
  resolveMunicipality,
  type MunicipalityRef,
} from '../../domain/municipality/municipality.ts';
import { assessTrend, buildSeries } from '../../domain/statistics/series.ts';
import { categoryLabel } from '../../domain/statistics/categories.ts';
import type { EventCategory } from '../../domain/statistics/polisen-types.ts';
import type { CategoryList, EventsQuery, PoliceEvents, Series, SeriesQuery } from '../../contracts/statistics.ts';

export type { EventsQuery, Series as SeriesView } from '../../contracts/statistics.ts';
import { normaliseCategory } from '../../domain/statistics/types.ts';
import { categoryRows, policeEventRows, seriesRows } from './queries/reads.ts';

/**
 * Statistics are public figures from BRÅ, Polisen and SCB: anyone who may
 * read some organisation may read them for every kommun, so kommuner can be
 * compared with their neighbours and the country.
 */
export function requireStatisticsReader(actor: Actor): void {
  const readsSomething = (['organisation.read', 'dialogue.read'] as const).some((a) => {
    const reach = reachFor(actor, a);
    return reach === 'all' || reach.size > 0;
  });
  if (!readsSomething) throw forbidden();
}

/** "2514", "Kalix" or "Kalix kommun" → the kommun; anything else is a validation error. */
export function kommunFrom(raw: string): MunicipalityRef {
  const ref = /^\d{4}$/.test(raw.trim()) ? municipalityByCode(raw.trim()) : resolveMunicipality(raw);
  if (!ref) throw new AppError('validation_failed', `Okänd kommun "${raw}"`, `Unknown kommun "${raw}"`);
  return ref;
}

export async function getSeries(deps: Deps, actor: Actor, input: SeriesQuery): Promise<Series> {
  requireStatisticsReader(actor);
  const kommun = kommunFrom(input.kommun);
  const category = normaliseCategory(input.category);
  const [counts, population] = await seriesRows(deps.db, kommun.code, category);
  const points = buildSeries(
    counts.map((c) => ({
      year: c.year,
      count: c.count,
      ratePer100k: c.rate_per_100k === null ? null : Number(c.rate_per_100k),
      dash: c.marker === 'dash',
    })),
    population.map((p) => ({ year: p.year, population: Number(p.population) })),
  );
  const label = categoryLabel(category, counts.findLast((c) => c.category_label)?.category_label);
  return { kommun: { code: kommun.code, name: kommun.name }, category, label, points, ...assessTrend(points) };
}

/** The BRÅ categories stored for a kommun, with the years each covers. */
export async function listCategories(deps: Deps, actor: Actor, kommunRaw: string): Promise<CategoryList> {
  requireStatisticsReader(actor);
  const kommun = kommunFrom(kommunRaw);
  const rows = await categoryRows(deps.db, kommun.code);
  return {
    kommun: { code: kommun.code, name: kommun.name },
    categories: rows.map((r) => ({
      category: r.category,
      label: categoryLabel(r.category, r.label),
      firstYear: Number(r.firstYear),
      lastYear: Number(r.lastYear),
      years: Number(r.years),
    })),
  };
}

const POLISEN_BASE = 'https://polisen.se';

export async function listPoliceEvents(deps: Deps, actor: Actor, q: EventsQuery): Promise<PoliceEvents> {
  requireStatisticsReader(actor);
  const kommun = kommunFrom(q.kommun);
  const [events, monthly, byType] = await policeEventRows(deps.db, kommun.code, q);
  return {
    kommun: { code: kommun.code, name: kommun.name },
    from: q.from ?? null,
    to: q.to ?? null,
    total: monthly.reduce((s, m) => s + Number(m.count), 0),
    events: events.map((e) => ({
      id: Number(e.id),
      occurredAt: new Date(e.occurred_at).toISOString(),
      date: e.local_date,
      name: e.name,
      summary: e.summary,
      url: e.url && e.url.startsWith('/') ? `${POLISEN_BASE}${e.url}` : e.url,
      type: e.type,
      rawType: e.raw_type,
      category: e.category as EventCategory,
      location: e.location_name,
    })),
    monthly: monthly.map((m) => ({ month: m.month, category: m.category as EventCategory, count: Number(m.count) })),
    byType: byType.map((t) => ({ type: t.type, category: t.category as EventCategory, count: Number(t.count) })),
  };
}
