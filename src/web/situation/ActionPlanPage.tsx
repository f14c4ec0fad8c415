/**
 * Åtgärdsplan: for a kommun and the year of its lägesbild, the measures per
 * prioritised problem (with the sentence saying what answers each problem),
 * the decision by a named body, the reminder when it must be decided anew,
 * and the downloads (PDF, Word).
 */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { settle } from '../api/settle.ts';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import {
  actionPlanExports,
  useActionPlan,
  useRemoveMeasure,
  useReopenPlan,
  type ActionPlan,
  type Measure,
} from '../api/action-plans.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { SelectField } from '../ui/fields.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { KommunSelect, kommunName, useKommunChoice } from '../ui/kommun-choice.tsx';
import { todayIso } from '../ui/dates.ts';
import { Notice } from '../ui/Notice.tsx';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { apiFormErrors } from '../ui/form-errors.ts';
import { MeasureForm } from './MeasureForm.tsx';
import { DecisionForm, PlanHeadForm } from './PlanForms.tsx';

function MeasureItem({ m, draft, onRemove }: { m: Measure; draft: boolean; onRemove: () => void }) {
  const { t } = useI18n();
  const a = t.actionPlan;
  const when = [
    m.startsOn && m.endsOn ? `${m.startsOn} – ${m.endsOn}` : (m.startsOn ?? m.endsOn ?? ''),
    m.whenText ?? '',
  ]
    .filter((x) => x !== '')
    .join(', ');
  return (
    <li className="measure">
      <h4 className="ds-heading" data-size="2xs">
        {a.measureLabel(m.number)}
      </h4>
      <p>{m.shown.text}</p>
      {m.commitment && m.text && (
        <p className="small">{a.linkedTo(m.commitment.number, m.commitment.promiseSetTitle)}</p>
      )}
      <dl className="facts">
        <dt>{a.responsible}</dt>
        <dd>{[m.shown.responsible, ...m.partners].filter((x) => x).join(', ') || '–'}</dd>
        <dt>{a.when}</dt>
        <dd>{when || '–'}</dd>
        <dt>{a.followUp}</dt>
        <dd>{m.shown.followUp || '–'}</dd>
      </dl>
      {draft && (
        <ConfirmButton
          label={`${a.remove}: ${a.measureLabel(m.number)}`}
          question={a.removeQuestion(m.number)}
          onConfirm={onRemove}
        >
          {a.remove}
        </ConfirmButton>
      )}
    </li>
  );
}

function DueNotice({ plan }: { plan: ActionPlan }) {
  const { t } = useI18n();
  const a = t.actionPlan;
  if (plan.status !== 'decided' || !plan.decidedBy || !plan.decidedOn) return <p className="status-tag">{a.draft}</p>;
  const due = plan.dueOn ?? '';
  return (
    <>
      <p>{`${a.decidedLine(plan.decidedBy, plan.decidedOn)} ${a.dueLine(due)}`}</p>
      {plan.dueStage === 'soon' && (
        <p className="ds-alert" data-color="warning">
          {a.dueSoon(due)}
        </p>
      )}
      {plan.dueStage === 'overdue' && (
        <p className="ds-alert" data-color="danger">
          {a.overdue(due)}
        </p>
      )}
    </>
  );
}

function Plan({ kommun, year, name }: { kommun: string; year: number; name: string }) {
  const { t, lang } = useI18n();
  const a = t.actionPlan;
  const query = useActionPlan(kommun, year);
  const remove = useRemoveMeasure(kommun, year);
  const reopen = useReopenPlan(kommun, year);
  const [notice, setNotice] = useState<Localized | null>(null);
  const [failure, setFailure] = useState<Localized | null>(null);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} />;
  const plan = query.data;
  const say = (n: Localized) => {
    setFailure(null);
    setNotice(() => n);
  };
  const failed = (error: unknown) => setFailure(() => apiFormErrors(error)[0]!.message);
  const notice$ = <Notice>{notice ? notice(t, lang) : null}</Notice>;
  if (!plan)
    return (
      <section aria-labelledby="plan-head-heading">
        <h2 id="plan-head-heading" className="ds-heading" data-size="sm">
          {a.none(year)}
        </h2>
        <PlanHeadForm plan={null} kommun={kommun} kommunName={name} year={year} onNotice={say} />
        {notice$}
      </section>
    );
  const draft = plan.status === 'draft';
  const links = actionPlanExports(kommun, year);
  return (
    <>
      {notice$}
      {failure && (
        <p className="ds-alert" data-color="danger" role="alert">
          {failure(t, lang)}
        </p>
      )}
      <section aria-labelledby="plan-title-heading">
        <h2 id="plan-title-heading" className="ds-heading" data-size="sm">
          {plan.title}
        </h2>
        <DueNotice plan={plan} />
        {draft ? (
          <details>
            <summary>{a.head}</summary>
            <PlanHeadForm key={plan.id} plan={plan} kommun={kommun} kommunName={name} year={year} onNotice={say} />
          </details>
        ) : (
          <ConfirmButton
            danger={false}
            question={a.reopenQuestion}
            onConfirm={() => void settle(reopen, undefined, () => say((tt) => tt.actionPlan.reopened), failed)}
          >
            {a.reopen}
          </ConfirmButton>
        )}
      </section>
      {plan.problems.length === 0 && <p>{a.noProblems}</p>}
      {plan.problems.map((p) => {
        const measures = plan.measures.filter((m) => m.category === p.category);
        return (
          <section key={p.category} aria-labelledby={`plan-problem-${p.category}`} className="plan-problem">
            <h2 id={`plan-problem-${p.category}`} className="ds-heading" data-size="sm">
              {a.problemHeading(p.rank, t.categoryNames[p.category] ?? p.label)}
            </h2>
            <p className="link-sentence">{p.linkSentence}</p>
            {p.causeText && <p className="small">{`${a.cause}: ${p.causeText}`}</p>}
            {measures.length ? (
              <ul className="plain-list measures">
                {measures.map((m) => (
                  <MeasureItem
                    key={m.id}
                    m={m}
                    draft={draft}
                    onRemove={() => void settle(remove, m.id, () => say((tt) => tt.actionPlan.removed), failed)}
                  />
                ))}
              </ul>
            ) : (
              <p>{a.noMeasures}</p>
            )}
            {draft && (
              <MeasureForm
                problem={p}
                taken={measures.flatMap((m) => (m.commitment ? [m.commitment.id] : []))}
                kommun={kommun}
                year={year}
                onNotice={say}
              />
            )}
          </section>
        );
      })}
      {draft && <DecisionForm kommun={kommun} year={year} onNotice={say} />}
      <section aria-labelledby="plan-exports-heading">
        <h2 id="plan-exports-heading" className="ds-heading" data-size="sm">
          {a.exportsHeading}
        </h2>
        <ul className="download-list">
          <li>
            <a className="ds-link" href={links.pdf}>
              {a.download('PDF')}
            </a>
          </li>
          <li>
            <a className="ds-link" href={links.docx}>
              {a.download('Word')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}

export function ActionPlanPage() {
  const { t } = useI18n();
  const a = t.actionPlan;
  const kommun = useKommunChoice();
  const thisYear = Number(todayIso().slice(0, 4));
  // The lägesbild links here with its year (?ar=2025).
  const asked = Number(useSearchParams()[0].get('ar'));
  const [year, setYear] = useState(asked >= thisYear - 5 && asked <= thisYear ? asked : thisYear);
  return (
    <>
      <PageHeading>{a.title}</PageHeading>
      <p>{a.intro}</p>
      <p>
        <Link className="ds-link" to="/lagesbild">
          {a.toSituation}
        </Link>
      </p>
      <div className="filters">
        <KommunSelect id="plan-kommun" choice={kommun} />
        <SelectField
          id="plan-year"
          label={a.year}
          value={String(year)}
          onChange={(e) => setYear(Number(e.target.value))}
        >
          {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      {kommun.isPending ? (
        <Loading />
      ) : kommun.code ? (
        <Plan key={`${kommun.code}-${year}`} kommun={kommun.code} year={year} name={kommunName(kommun, kommun.code)} />
      ) : (
        <p>{t.situation.noKommun}</p>
      )}
    </>
  );
}
