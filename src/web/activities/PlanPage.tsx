/** Aktiviteter › Planera: a month calendar of planned against done for one promise set; add and remove planned activities. */
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { useCalendar, useRemovePlanned } from '../api/activities.ts';
import { usePromiseSet, usePromiseSets, type StoredPromiseSet } from '../api/promises.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { Notice } from '../ui/Notice.tsx';
import { SelectField } from '../ui/fields.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { addMonthsIso, monthBounds, todayIso } from '../ui/dates.ts';
import { MonthCalendar } from './MonthCalendar.tsx';
import { PlanForm } from './PlanForm.tsx';

function MonthView({ set, onNotice }: { set: StoredPromiseSet; onNotice: (n: Localized) => void }) {
  const { t } = useI18n();
  const p = t.plan;
  const [month, setMonth] = useState(() => monthBounds(todayIso()).from);
  const { from, to } = monthBounds(month);
  const calendar = useCalendar(set.id, from, to);
  const remove = useRemovePlanned();
  const label = p.monthName(Number(month.slice(5, 7)) - 1, Number(month.slice(0, 4)));
  const texts = new Map(set.focusAreas.flatMap((a) => a.commitments.map((c) => [c.id, c.text] as const)));
  const planned = calendar.data?.planned ?? [];
  return (
    <>
      <div className="button-row month-nav">
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          onClick={() => setMonth(addMonthsIso(month, -1))}
        >
          <span aria-hidden="true">← </span>
          {p.prevMonth}
        </button>
        <h2 className="ds-heading month-label" data-size="sm" aria-live="polite">
          {label}
        </h2>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          onClick={() => setMonth(addMonthsIso(month, 1))}
        >
          {p.nextMonth}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      {calendar.isError ? (
        <LoadError error={calendar.error} />
      ) : (
        <MonthCalendar month={month} monthLabel={label} data={calendar.data} />
      )}
      <h2 className="ds-heading" data-size="sm">
        {p.listHeading(label)}
      </h2>
      {planned.length === 0 ? (
        <p>{p.nonePlanned}</p>
      ) : (
        <ul className="planned-list">
          {planned.map((item, i) => (
            <li key={item.id}>
              <span>
                <strong>{item.date}</strong> – {texts.get(item.commitmentId) ?? t.none} (
                {t.activities.quantity.toLowerCase()} {item.quantity}){item.note ? ` – ${item.note}` : ''}
              </span>
              <ConfirmButton
                label={p.removeLabel(item.date, i + 1)}
                question={p.removeConfirm}
                onConfirm={() => remove.mutate(item.id, { onSuccess: () => onNotice((t) => t.plan.removed) })}
              >
                {p.remove}
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
      <PlanForm
        set={set}
        defaultDate={todayIso() >= from && todayIso() <= to ? todayIso() : from}
        onAdded={() => onNotice((t) => t.plan.added)}
      />
    </>
  );
}

export function PlanPage() {
  const { t, lang } = useI18n();
  const p = t.plan;
  const sets = usePromiseSets();
  const [chosen, setChosen] = useState('');
  const [notice, setNotice] = useState<Localized | null>(null);
  const open = (sets.data ?? []).filter((s) => s.status !== 'closed');
  const setId = chosen || open[0]?.id || '';
  const set = usePromiseSet(setId || undefined);
  return (
    <>
      <p>
        <Link className="ds-link" to="/aktiviteter">
          {t.activityForm.back}
        </Link>
      </p>
      <PageHeading>{p.title}</PageHeading>
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      {sets.isPending ? (
        <Loading />
      ) : sets.isError ? (
        <LoadError error={sets.error} />
      ) : open.length === 0 ? (
        <p>{p.noSets}</p>
      ) : (
        <>
          <div className="filters">
            <SelectField id="plan-set" label={p.set} value={setId} onChange={(e) => setChosen(e.target.value)}>
              {open.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title ?? t.promiseList.untitled}
                </option>
              ))}
            </SelectField>
          </div>
          {set.isPending ? (
            <Loading />
          ) : set.isError ? (
            <LoadError error={set.error} />
          ) : (
            <MonthView key={set.data.id} set={set.data} onNotice={(n) => setNotice(() => n)} />
          )}
        </>
      )}
    </>
  );
}
