/** The coordinators' EST views: the merged weekly picture per area, and the areas most in need over a period. */
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEstChecklist, useEstSummary, useEstWeekly, type MergedAreaWeek } from '../../api/est.ts';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { todayIso } from '../../ui/dates.ts';
import { isoWeekOf, normaliseWeek, periodsOf } from './week.ts';

function useItemName() {
  const { lang } = useI18n();
  const checklist = useEstChecklist();
  return (key: string) => {
    const item = checklist.data?.items.find((i) => i.key === key);
    return item ? (lang === 'en' ? item.labelEn : item.label) : key;
  };
}

function AreaRow({ a }: { a: MergedAreaWeek }) {
  const { t } = useI18n();
  const name = useItemName();
  const at = (level: number) =>
    a.items
      .filter((i) => i.max === level)
      .map((i) => name(i.key))
      .join(', ') || t.none;
  const notes = [
    ...a.notes,
    ...a.items.flatMap((i) => i.notes.map((n) => ({ ...n, note: `${name(i.key)}: ${n.note}` }))),
  ];
  return (
    <tr>
      <th scope="row">{a.areaName}</th>
      <td>{a.reporters.map((r) => r.name).join(', ')}</td>
      <td>{a.total}</td>
      <td>{at(2)}</td>
      <td>{at(1)}</td>
      <td className="break">{notes.map((n) => `${n.reporter}: ${n.note}`).join(' · ') || t.none}</td>
    </tr>
  );
}

export function EstWeeklyView({ kommun }: { kommun: string }) {
  const { t } = useI18n();
  const e = t.est;
  const [typed, setTyped] = useState(() => isoWeekOf(todayIso()));
  const week = normaliseWeek(typed) ?? '';
  const weekly = useEstWeekly(kommun, week);
  const areas = weekly.data?.weeks.flatMap((w) => w.areas) ?? [];
  return (
    <>
      <div className="filters">
        <TextField
          id="est-weekly-week"
          label={e.week}
          hint={e.weekHint}
          value={typed}
          onChange={(ev) => setTyped(ev.target.value)}
          error={week ? null : (tt) => tt.est.weekInvalid}
        />
      </div>
      {!week ? null : weekly.isPending ? (
        <Loading />
      ) : weekly.isError ? (
        <LoadError error={weekly.error} />
      ) : !areas.length ? (
        <p>{e.noReports(week)}</p>
      ) : (
        <TableScroll label={e.weeklyCaption(week)}>
          <table className="ds-table" data-border>
            <caption>{e.weeklyCaption(week)}</caption>
            <thead>
              <tr>
                {[e.area, e.reporters, e.total, e.marked, e.occurs, e.comments].map((h) => (
                  <th scope="col" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...areas]
                .sort((x, y) => y.total - x.total)
                .map((a) => (
                  <AreaRow key={a.areaId} a={a} />
                ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

export function EstSummaryView({ kommun }: { kommun: string }) {
  const { t } = useI18n();
  const e = t.est;
  const name = useItemName();
  const year = Number(todayIso().slice(0, 4));
  const [period, setPeriod] = useState(`${year}`);
  const summary = useEstSummary(kommun, period);
  return (
    <>
      <div className="filters">
        <SelectField id="est-period" label={e.period} value={period} onChange={(ev) => setPeriod(ev.target.value)}>
          {[year, year - 1].flatMap(periodsOf).map((p) => (
            <option key={p} value={p}>
              {e.periodName(p)}
            </option>
          ))}
        </SelectField>
      </div>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <LoadError error={summary.error} />
      ) : (
        <>
          <p>{e.summaryFacts(summary.data.reportCount, summary.data.weekCount, summary.data.from, summary.data.to)}</p>
          {summary.data.areas.length > 0 && (
            <TableScroll label={e.summaryCaption}>
              <table className="ds-table" data-border>
                <caption>{e.summaryCaption}</caption>
                <thead>
                  <tr>
                    {[e.rank, e.area, e.total, e.weeks, e.reports, e.top].map((h) => (
                      <th scope="col" key={h}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {summary.data.areas.map((a) => (
                    <tr key={a.areaId}>
                      <td>{a.rank}</td>
                      <th scope="row">{a.areaName}</th>
                      <td>{a.total}</td>
                      <td>{a.weeksReported}</td>
                      <td>{a.reportCount}</td>
                      <td>{a.topItems.map(name).join(', ') || t.none}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </>
  );
}
