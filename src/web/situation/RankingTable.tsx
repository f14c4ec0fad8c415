/** The ranking in numbers: rank, problem, the weighted score from each source and the total; the chart's alternative, and the way to the method. */
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import type { Problem } from '../api/situation.ts';
import { TableScroll } from '../ui/TableScroll.tsx';
import { formatScore, scoreOf, sourcesIn } from './sources.ts';

export function RankingTable({ problems }: { problems: readonly Problem[] }) {
  const { t, lang } = useI18n();
  const s = t.situation;
  const sources = sourcesIn(problems);
  return (
    <>
      <TableScroll label={s.tableCaption}>
        <table className="ds-table ranking-table" data-border>
          <caption>{s.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.rank}</th>
              <th scope="col">{s.problem}</th>
              {sources.map((src) => (
                <th scope="col" key={src}>
                  {s.sources[src]}
                </th>
              ))}
              <th scope="col">{s.total}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p) => (
              <tr key={p.category}>
                <td>{p.rank}</td>
                <th scope="row">
                  {t.categoryNames[p.category] ?? p.label}
                  {p.prioritised && <span className="block small"> {s.prioritisedTag}</span>}
                  {p.manualRank !== null && <span className="block small"> {s.movedFrom(p.scoreRank)}</span>}
                </th>
                {sources.map((src) => (
                  <td key={src}>{formatScore(scoreOf(p, src), lang)}</td>
                ))}
                <td>
                  <strong>{formatScore(p.score, lang)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        <Link className="ds-link" to="/lagesbild/metod">
          {t.situationMethod.link}
        </Link>
      </p>
    </>
  );
}
