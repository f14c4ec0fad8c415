/**
 * How the lägesbild ranks its problems, for an analyst who must explain it
 * (docs/lagesbild-metod.md says the same). The tables come from the rules
 * the ranking uses, and the worked example is computed by the same code.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import { SOURCES } from '../api/situation.ts';
import { DEFAULT_WEIGHTS } from '../../domain/situation/scoring.ts';
import {
  CRIME_CATEGORY_RULES,
  EVENT_CATEGORY_TO_PROBLEM,
  EXCLUDED_EVENT_TYPES,
  mapCrimeCategory,
  type Mapped,
} from '../../domain/situation/source-mapping.ts';
import { CRIME_CATEGORIES } from '../../domain/statistics/categories.ts';
import { workedExample } from '../../domain/situation/worked-example.ts';
import { formatScore } from './sources.ts';

function Bullets({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="ds-heading" data-size="sm">
        {heading}
      </h2>
      {children}
    </section>
  );
}

function TwoColumns({ caption, head, rows }: { caption: string; head: [string, string]; rows: [string, string][] }) {
  return (
    <TableScroll label={caption}>
      <table className="ds-table" data-border>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head[0]}</th>
            <th scope="col">{head[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([a, b]) => (
            <tr key={a}>
              <th scope="row">{a}</th>
              <td>{b}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Example() {
  const { t, lang } = useI18n();
  const m = t.situationMethod;
  const ranked = workedExample();
  const sources = SOURCES.filter((s) => ranked.some((p) => p.parts.some((x) => x.source === s)));
  const name = (category: string) => t.categoryNames[category] ?? category;
  return (
    <Section id="method-example" heading={m.exampleHeading}>
      <p>{m.exampleIntro}</p>
      <TableScroll label={m.exampleCaption}>
        <table className="ds-table ranking-table" data-border>
          <caption>{m.exampleCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.place}</th>
              <th scope="col">{m.problem}</th>
              {sources.map((s) => (
                <th scope="col" key={s}>
                  {t.situation.sources[s]}
                </th>
              ))}
              <th scope="col">{m.total}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((p) => (
              <tr key={p.category}>
                <td>{p.scoreRank}</td>
                <th scope="row">{name(p.category)}</th>
                {sources.map((s) => {
                  const part = p.parts.find((x) => x.source === s);
                  return <td key={s}>{part ? formatScore(part.score, lang) : '–'}</td>;
                })}
                <td>
                  <strong>{formatScore(p.score, lang)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3 className="ds-heading" data-size="xs">
        {m.reasonsHeading}
      </h3>
      <ul>
        {ranked.flatMap((p) =>
          p.parts.map((part) => (
            <li key={`${p.category}-${part.source}`}>
              <strong>
                {name(p.category)}, {t.situation.sources[part.source]}:
              </strong>{' '}
              {lang === 'sv' ? part.why : part.whyEn}
            </li>
          )),
        )}
      </ul>
    </Section>
  );
}

export function MethodPage() {
  const { t, lang } = useI18n();
  const m = t.situationMethod;
  const mapped = (x: Mapped) =>
    x.category === null
      ? m.notCounted(lang === 'sv' ? x.reasonSv : x.reasonEn)
      : (t.categoryNames[x.category] ?? x.category);
  const reason = (x: Mapped) => (x.category === null ? (lang === 'sv' ? x.reasonSv : x.reasonEn) : '');
  return (
    <>
      <PageHeading>{m.title}</PageHeading>
      <p>
        <Link className="ds-link" to="/lagesbild">
          {m.back}
        </Link>
      </p>
      {m.intro.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <Section id="method-weights" heading={m.weightsHeading}>
        <TwoColumns
          caption={m.weightsCaption}
          head={[m.source, m.weight]}
          rows={SOURCES.map((s) => [t.situation.sources[s], formatScore(DEFAULT_WEIGHTS[s], lang)])}
        />
        <p>{m.weightsNote}</p>
      </Section>
      <Section id="method-findings" heading={m.findingsHeading}>
        <Bullets items={m.findings} />
      </Section>
      <Section id="method-surveys" heading={m.surveysHeading}>
        <Bullets items={m.surveys} />
      </Section>
      <Section id="method-statistics" heading={m.statisticsHeading}>
        <Bullets items={m.statistics} />
        <TwoColumns
          caption={m.crimeCaption}
          head={[m.braCategory, m.inPicture]}
          rows={CRIME_CATEGORIES.map((c) => [lang === 'sv' ? c.label : c.labelEn, mapped(mapCrimeCategory(c.key))])}
        />
        <TwoColumns
          caption={m.rulesCaption}
          head={[m.nameContains, m.inPicture]}
          rows={CRIME_CATEGORY_RULES.map((r) => [r.match, mapped(r.mapped)])}
        />
      </Section>
      <Section id="method-events" heading={m.eventsHeading}>
        <Bullets items={m.events} />
        <TwoColumns
          caption={m.excludedCaption}
          head={[m.eventType, m.why]}
          rows={EXCLUDED_EVENT_TYPES.map((e) => [e.type, reason(e.mapped)])}
        />
        <TwoColumns
          caption={m.eventCategoriesCaption}
          head={[m.eventCategory, m.inPicture]}
          rows={Object.entries(EVENT_CATEGORY_TO_PROBLEM).map(([k, x]) => [k, mapped(x)])}
        />
      </Section>
      <Section id="method-police" heading={m.policeHeading}>
        <p>{m.police}</p>
      </Section>
      <Example />
    </>
  );
}
