/**
 * Resultat: each question's distribution, the 0–6 problem index per item
 * ("för få svar" where fewer than five answers count), the index per area,
 * coded free text with redacted answers, the exports and the public charts.
 */
import { useI18n } from '../i18n/i18n.tsx';
import {
  surveyLinks,
  textIn,
  useSurveyResults,
  type QuestionResult,
  type QuestionStats,
  type Survey,
} from '../api/surveys.ts';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import { PublicCharts } from './PublicCharts.tsx';

const percent = (share: number, lang: 'sv' | 'en') =>
  `${(share * 100).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 0 })} %`;
const index = (n: number | null | undefined, lang: 'sv' | 'en') =>
  n === null || n === undefined
    ? null
    : n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The problem scale's stats (items and overall index), or null for a choice question's distribution. */
const problemStats = (stats: QuestionStats | null | undefined) => (stats && 'items' in stats ? stats : null);

function Distribution({ caption, stats }: { caption: string; stats: QuestionStats }) {
  const { t, lang } = useI18n();
  const s = t.surveys;
  return (
    <TableScroll label={caption}>
      <table className="ds-table" data-border>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.option}</th>
            <th scope="col">{s.count}</th>
            <th scope="col">{s.share}</th>
          </tr>
        </thead>
        <tbody>
          {('options' in stats ? stats.options : []).map((o) => (
            <tr key={o.value}>
              <th scope="row">{textIn(o.label, lang)}</th>
              <td>{o.count}</td>
              <td>{percent(o.share, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ProblemIndex({ caption, q }: { caption: string; q: Exclude<QuestionResult, { kind: 'text' }> }) {
  const { t, lang } = useI18n();
  const s = t.surveys;
  const areas = q.breakdowns.find((b) => b.dimension === 'area')?.groups ?? [];
  const total = problemStats(q.total);
  return (
    <>
      <TableScroll label={caption}>
        <table className="ds-table" data-border>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.item}</th>
              <th scope="col">{s.index}</th>
              <th scope="col">{s.counted}</th>
              <th scope="col">{s.dontKnow}</th>
            </tr>
          </thead>
          <tbody>
            {(total?.items ?? []).map((i) => (
              <tr key={i.itemId}>
                <th scope="row">
                  {textIn(i.label, lang)}
                  {i.inOverall === false && <span className="small muted"> ({t.surveyBuilder.notInOverall})</span>}
                </th>
                <td>{index(i.index, lang) ?? s.tooFew}</td>
                <td>{i.counted}</td>
                <td>{i.dontKnow}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>{s.overall(index(total?.overall, lang) ?? s.tooFew)}</p>
      {areas.length > 0 && (
        <TableScroll label={s.perArea(textIn(q.text, lang))}>
          <table className="ds-table" data-border>
            <caption>{s.perArea(textIn(q.text, lang))}</caption>
            <thead>
              <tr>
                <th scope="col">{s.area}</th>
                <th scope="col">{s.respondents}</th>
                <th scope="col">{s.index}</th>
              </tr>
            </thead>
            <tbody>
              {areas.map((g) => (
                <tr key={g.key}>
                  <th scope="row">{textIn(g.label, lang)}</th>
                  <td>{g.n ?? s.tooFew}</td>
                  <td>{index(problemStats(g.stats)?.overall, lang) ?? s.tooFew}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

function QuestionBlock({ q }: { q: QuestionResult }) {
  const { t, lang } = useI18n();
  const s = t.surveys;
  const title = textIn(q.text, lang);
  return (
    <section className="result-block" aria-label={title}>
      <h3 className="ds-heading" data-size="xs">
        {title}
      </h3>
      {q.kind === 'text' ? (
        <>
          <p>{s.textAnswered(q.answered, q.uncoded)}</p>
          {q.categories.filter((c) => c.count).length > 0 && (
            <Distribution caption={s.codedCaption(title)} stats={{ answered: q.answered, options: q.categories }} />
          )}
        </>
      ) : !q.total ? (
        <p>{s.tooFew}</p>
      ) : q.kind === 'problem' ? (
        <ProblemIndex caption={s.indexCaption(title)} q={q} />
      ) : (
        <Distribution caption={s.distributionCaption(title)} stats={q.total} />
      )}
    </section>
  );
}

export function ResultsView({ survey }: { survey: Survey }) {
  const { t } = useI18n();
  const s = t.surveys;
  const results = useSurveyResults(survey.id);
  const links = surveyLinks(survey.id);
  if (results.isPending) return <Loading />;
  if (results.isError) return <LoadError error={results.error} />;
  const r = results.data.results;
  return (
    <>
      <p>{s.resultsIntro(r.responses)}</p>
      <ul className="download-list">
        <li>
          <a className="ds-link" href={links.csv}>
            {s.exportCsv}
          </a>
        </li>
        <li>
          <a className="ds-link" href={links.xlsx}>
            {s.exportXlsx}
          </a>
        </li>
      </ul>
      {r.suppressed ? (
        <p className="ds-alert" data-color="info">
          {s.surveyTooFew}
        </p>
      ) : (
        r.questions.map((q) => <QuestionBlock key={q.questionId} q={q} />)
      )}
      {survey.status !== 'draft' && <PublicCharts survey={survey} />}
    </>
  );
}
