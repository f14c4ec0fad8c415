/**
 * Brottslighetens omfattning: per crime category the kommun has figures
 * for, the last year against the mean of the three before (the kommun, its
 * län and the country), a time-series chart and its table, Polisen's
 * events per type and month, and the sources with their import dates.
 */
import { useCallback } from 'react';
import { useI18n, type Lang } from '../i18n/i18n.tsx';
import type { Messages } from '../i18n/sv.ts';
import {
  useCrimeSection,
  type CrimeCategory,
  type CrimeSection as Section,
  type PoliceEventsByMonth,
  type RegionSeries,
} from '../api/situation-crime.ts';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import { formatNumber } from '../statistics/trend-text.ts';
import { CategoryChart, chartRegions, EventsChart, regionsOf, yearsOf } from './CrimeCharts.tsx';

function usePlaceName() {
  const { t } = useI18n();
  return useCallback(
    (r: Pick<RegionSeries, 'level' | 'name'>) =>
      r.level === 'riket' ? t.crime.riket : r.level === 'kommun' ? t.crime.kommunName(r.name) : r.name,
    [t],
  );
}

function comparisonText(r: RegionSeries, place: string, t: Messages, lang: Lang): string {
  const c = r.lastVsMean;
  if (!c) return t.crime.noComparison(place, lang === 'sv' ? r.noComparison!.message : r.noComparison!.messageEn);
  const basis = c.basis === 'ratePer100k' ? t.crime.basisRate : t.crime.basisCount;
  const pct = c.changePercent === null ? null : formatNumber(Math.abs(c.changePercent), lang);
  const change =
    c.changePercent === null
      ? t.crime.changeNone
      : Math.abs(c.changePercent) < 0.05
        ? t.crime.changeSame(basis)
        : c.changePercent > 0
          ? t.crime.changeUp(pct!, basis)
          : t.crime.changeDown(pct!, basis);
  const span = `${c.previousYears[0]}–${c.previousYears[c.previousYears.length - 1]}`;
  return t.crime.comparison(
    place,
    c.year,
    formatNumber(c.count, lang, 0),
    span,
    formatNumber(c.meanCount, lang, 0),
    change,
  );
}

function YearTable({ category, placeName }: { category: CrimeCategory; placeName: (r: RegionSeries) => string }) {
  const { t, lang } = useI18n();
  const n = (v: number | null | undefined, d = 0) =>
    v === null || v === undefined ? t.none : formatNumber(v, lang, d);
  const regions = regionsOf(category);
  const caption = t.crime.tableCaption(lang === 'sv' ? category.label : category.labelEn);
  const cell = (r: RegionSeries, year: number) => r.points.find((p) => p.year === year);
  return (
    <TableScroll label={caption}>
      <table className="ds-table crime-table" data-border>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.crime.year}</th>
            {regions.flatMap((r) => [
              <th scope="col" key={`${r.code}-n`}>
                {t.crime.countOf(placeName(r))}
              </th>,
              <th scope="col" key={`${r.code}-r`}>
                {t.crime.rateOf(placeName(r))}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {yearsOf(category).map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {regions.flatMap((r) => [
                <td key={`${r.code}-n`}>
                  {n(cell(r, year)?.count)}
                  {cell(r, year)?.dash ? ` (${t.crime.dash})` : ''}
                </td>,
                <td key={`${r.code}-r`}>{n(cell(r, year)?.ratePer100k, 1)}</td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function CategoryBlock({ category, index }: { category: CrimeCategory; index: number }) {
  const { t, lang } = useI18n();
  const placeName = usePlaceName();
  const { byRate, regions } = chartRegions(category);
  const places = regions.map(placeName).join(', ');
  const label = lang === 'sv' ? category.label : category.labelEn;
  return (
    <section aria-labelledby={`crime-category-${index}`} className="crime-category">
      <h3 id={`crime-category-${index}`} className="ds-heading" data-size="xs">
        {label}
      </h3>
      {category.policeInitiated && <p>{t.crime.policeInitiated}</p>}
      <ul className="crime-comparisons">
        {regionsOf(category).map((r) => (
          <li key={r.code}>{comparisonText(r, placeName(r), t, lang)}</li>
        ))}
      </ul>
      {yearsOf(category).length > 1 && (
        <>
          <p>{t.crime.chartSummary(label, byRate ? t.crime.perRate : t.crime.perCount, places)}</p>
          <CategoryChart category={category} placeName={placeName} />
        </>
      )}
      <YearTable category={category} placeName={placeName} />
    </section>
  );
}

function EventsBlock({ events }: { events: PoliceEventsByMonth }) {
  const { t, lang } = useI18n();
  const caption = t.crime.eventsCaption(events.year);
  return (
    <section aria-labelledby="crime-events" className="crime-category">
      <h3 id="crime-events" className="ds-heading" data-size="xs">
        {t.crime.eventsHeading(events.year)}
      </h3>
      <p>{t.crime.eventsIntro(formatNumber(events.total, lang, 0), events.year)}</p>
      <p>{t.crime.eventsChartSummary}</p>
      <EventsChart events={events} />
      <TableScroll label={caption}>
        <table className="ds-table crime-table" data-border>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.crime.eventType}</th>
              {t.crime.months.map((m) => (
                <th scope="col" key={m}>
                  {m}
                </th>
              ))}
              <th scope="col">{t.crime.total}</th>
            </tr>
          </thead>
          <tbody>
            {events.types.map((type) => (
              <tr key={type.type}>
                <th scope="row">{type.type}</th>
                {type.counts.map((c, i) => (
                  <td key={events.months[i]}>{c}</td>
                ))}
                <td>{type.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function Sources({ section }: { section: Section }) {
  const { t, lang } = useI18n();
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Stockholm',
    });
  const items = section.sources.map(
    (s) => `${s.label}, ${s.what}${s.importedAt ? ` (${t.crime.imported(date(s.importedAt))})` : ''}`,
  );
  return (
    <p className="crime-sources">
      {t.crime.sources}: {items.join('; ')}.
    </p>
  );
}

export function CrimeSection({ kommun, year }: { kommun: string; year: number }) {
  const { t } = useI18n();
  const section = useCrimeSection(kommun, year);
  return (
    <section aria-labelledby="crime-heading">
      <h2 id="crime-heading" className="ds-heading" data-size="sm">
        {t.crime.heading}
      </h2>
      {section.isPending ? (
        <Loading />
      ) : section.isError ? (
        <LoadError error={section.error} />
      ) : section.data.categories.length === 0 && !section.data.events ? (
        <p>{t.crime.none}</p>
      ) : (
        <>
          <p>{t.crime.intro}</p>
          {section.data.categories.map((c, i) => (
            <CategoryBlock key={c.category} category={c} index={i} />
          ))}
          {section.data.events && <EventsBlock events={section.data.events} />}
          <Sources section={section.data} />
        </>
      )}
    </section>
  );
}
