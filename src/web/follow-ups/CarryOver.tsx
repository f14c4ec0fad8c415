/** "För över ofullbordade åtaganden": copy commitments that are not met into the next promise set, a draft. */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import { usePromiseSets } from '../api/promises.ts';
import { useCarryOver, type FollowUp } from '../api/follow-ups.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { SelectField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';

export function CarryOver({ followUp }: { followUp: FollowUp }) {
  const { t } = useI18n();
  const p = t.followUpPage;
  const drafts = usePromiseSets({ status: 'draft' });
  const carry = useCarryOver(followUp.promiseSetId);
  const [target, setTarget] = useState('');
  const [picked, setPicked] = useState(
    () => new Set(followUp.items.filter((i) => i.verdict !== 'uppfyllt').map((i) => i.commitmentId)),
  );
  const [errors, setErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState<{ n: number; id: string; title: string } | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: FormError[] = [];
    if (!target)
      found.push({ fieldId: 'carry-target', message: (tt) => tt.chooseRequired(tt.followUpPage.carryTarget) });
    if (!picked.size)
      found.push({ fieldId: `carry-${followUp.items[0]?.commitmentId}`, message: (tt) => tt.followUpPage.pickOne });
    setErrors(found);
    if (found.length) return;
    const title = drafts.data?.find((s) => s.id === target)?.title ?? t.promiseList.untitled;
    settle(
      carry,
      { toPromiseSetId: target, commitmentIds: [...picked] },
      (r) => setDone({ n: r.carried, id: target, title }),
      (error) => setErrors(apiFormErrors(error)),
    );
  };
  const toggle = (id: string, on: boolean) => {
    const n = new Set(picked);
    if (on) n.add(id);
    else n.delete(id);
    setPicked(n);
  };
  return (
    <section aria-labelledby="carry-heading">
      <h2 id="carry-heading" className="ds-heading" data-size="sm">
        {p.carryHeading}
      </h2>
      <p>{p.carryIntro}</p>
      <Notice>
        {done && (
          <>
            {p.carried(done.n, done.title)}{' '}
            <Link className="ds-link" to={`/loften/${done.id}`}>
              {done.title}
            </Link>
          </>
        )}
      </Notice>
      {!drafts.data?.length ? (
        <p>{p.noDrafts}</p>
      ) : (
        <form onSubmit={submit} noValidate className="form wide-form">
          <ErrorSummary errors={errors} />
          <SelectField
            id="carry-target"
            label={p.carryTarget}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            error={fieldError(errors, 'carry-target')}
          >
            <option value="">{p.chooseTarget}</option>
            {drafts.data.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title ?? t.promiseList.untitled}
              </option>
            ))}
          </SelectField>
          <fieldset className="ds-fieldset">
            <legend className="ds-label">{p.carryLegend}</legend>
            {followUp.items.map((i) => (
              <div className="ds-field" key={i.commitmentId}>
                <input
                  id={`carry-${i.commitmentId}`}
                  type="checkbox"
                  className="ds-input"
                  checked={picked.has(i.commitmentId)}
                  onChange={(e) => toggle(i.commitmentId, e.target.checked)}
                />
                <label
                  className="ds-label"
                  htmlFor={`carry-${i.commitmentId}`}
                >{`${i.text} (${p.verdicts[i.verdict]})`}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="ds-button" data-variant="secondary" aria-busy={carry.isPending || undefined}>
            {p.carry}
          </button>
        </form>
      )}
    </section>
  );
}
