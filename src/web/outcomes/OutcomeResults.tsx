/**
 * "Har det gjort skillnad?": per indicator the verdict in words, the
 * sentence with counts and interval, the caveats, a chart and its table.
 * Used on the promise set page and on the follow-up page.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { OutcomeView } from '../api/outcomes.ts';
import { TableScroll } from '../ui/TableScroll.tsx';
import { OutcomeChart } from './OutcomeChart.tsx';
import { shownValue } from '../../domain/outcomes/display.ts';

function SeriesTable({ outcome }: { outcome: OutcomeView }) {
  const { t, lang } = useI18n();
  const o = t.outcomes;
  const fmt = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 });
  if (!outcome.series.length) return null;
  return (
    <TableScroll label={o.tableCaption(outcome.title)}>
      <table className="ds-table" data-size="sm">
        <caption>{o.tableCaption(outcome.title)}</caption>
        <thead>
          <tr>
            <th scope="col">{o.period}</th>
            <th scope="col">{o.valueOf[outcome.kind]}</th>
            <th scope="col">{o.nOf[outcome.kind]}</th>
          </tr>
        </thead>
        <tbody>
          {outcome.series.map((s) => {
            const value = shownValue(outcome.kind, s.value);
            return (
              <tr key={`${s.from}-${s.to}`}>
                <th scope="row">{s.from === s.to ? s.from : `${s.from} – ${s.to}`}</th>
                <td>{value === null ? '–' : fmt.format(value)}</td>
                <td>{fmt.format(s.n)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function OutcomeItem({ outcome, actions }: { outcome: OutcomeView; actions?: ReactNode }) {
  const { t } = useI18n();
  const o = t.outcomes;
  return (
    <li className="outcome-item">
      <h3 className="ds-heading" data-size="2xs">
        {outcome.title}{' '}
        <span className="status-tag" data-verdict={outcome.verdict}>
          {o.verdict[outcome.verdict]}
        </span>
        {outcome.demo && <span className="status-tag"> {o.demo}</span>}
      </h3>
      <p>{outcome.sentence}</p>
      {outcome.caveats.length > 0 && (
        <>
          <p className="outcome-caveats-label">{o.caveatsLabel}:</p>
          <ul className="outcome-caveats">
            {outcome.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      {outcome.series.length > 1 && <p className="chart-summary">{o.chartSummary(outcome.title)}</p>}
      <OutcomeChart outcome={outcome} />
      <SeriesTable outcome={outcome} />
      {actions}
    </li>
  );
}

export function OutcomeResults({
  outcomes,
  actionsFor,
}: {
  outcomes: readonly OutcomeView[];
  actionsFor?: (o: OutcomeView) => ReactNode;
}) {
  const { t } = useI18n();
  if (!outcomes.length) return <p>{t.outcomes.none}</p>;
  return (
    <ul className="outcome-list">
      {outcomes.map((o) => (
        <OutcomeItem key={o.id} outcome={o} actions={actionsFor?.(o)} />
      ))}
    </ul>
  );
}
