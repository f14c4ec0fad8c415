/** Editing a draft follow-up: a verdict per commitment (a changed one needs a comment), the three texts, recipients and due date. */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import { VERDICTS, useUpdateFollowUp, type FollowUp, type FollowUpItem, type Verdict } from '../api/follow-ups.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Notice } from '../ui/Notice.tsx';
import { SelectField, TextAreaField, TextField } from '../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';
import { DraftNotice } from '../ui/DraftNotice.tsx';
import { useUnsavedChanges } from '../ui/UnsavedChanges.tsx';
import { useDraftState } from '../ui/useDraftState.ts';
import { draftOf, isDraftOf, itemFieldId, toEdit, validateDraft, type ItemDraft } from './follow-up-model.ts';
import { ItemOutcome } from './ItemOutcome.tsx';
import { VerdictTag } from './FollowUpStatusTag.tsx';

function ItemFields({
  item,
  draft,
  n,
  errors,
  onChange,
}: {
  item: FollowUpItem;
  draft: ItemDraft;
  n: number;
  errors: readonly FormError[];
  onChange: (d: ItemDraft) => void;
}) {
  const { t } = useI18n();
  const p = t.followUpPage;
  return (
    <fieldset className="ds-fieldset finding-fields follow-up-item">
      <legend className="ds-label">{p.itemLegend(n, item.text)}</legend>
      <dl className="facts">
        <dt>{p.focusArea}</dt>
        <dd>{item.focusArea}</dd>
        <dt>{p.outcome}</dt>
        <dd>
          <ItemOutcome item={item} />
        </dd>
        <dt>{p.proposed}</dt>
        <dd>
          <VerdictTag verdict={item.proposed} />
        </dd>
      </dl>
      <SelectField
        id={itemFieldId(item.commitmentId, 'verdict')}
        label={p.verdict}
        value={draft.verdict}
        onChange={(e) => onChange({ ...draft, verdict: e.target.value as Verdict })}
      >
        {VERDICTS.map((v) => (
          <option key={v} value={v}>
            {p.verdicts[v]}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={itemFieldId(item.commitmentId, 'comment')}
        label={p.comment}
        hint={draft.verdict === 'foljs_upp_i_text' ? p.commentInText : p.commentHint}
        rows={2}
        value={draft.comment}
        onChange={(e) => onChange({ ...draft, comment: e.target.value })}
        error={fieldError(errors, itemFieldId(item.commitmentId, 'comment'))}
      />
    </fieldset>
  );
}

/** The PUT body's fields and the inputs that show their errors. */
const API_FIELDS = {
  summary: 'fu-summary',
  citizensSaid: 'fu-citizensSaid',
  nextSteps: 'fu-nextSteps',
  recipients: 'fu-recipients',
  dueDate: 'fu-due',
};

export function FollowUpForm({ followUp }: { followUp: FollowUp }) {
  const { t } = useI18n();
  const p = t.followUpPage;
  const update = useUpdateFollowUp(followUp.id);
  const [d, setD, draft] = useDraftState({
    form: 'follow-up',
    record: followUp.id,
    initial: () => draftOf(followUp),
    accept: isDraftOf(followUp),
  });
  const leaving = useUnsavedChanges(draft.dirty);
  // The PUT sends the items in this order: "items.2.comment" is the third item's comment.
  const itemFields = Object.fromEntries(
    followUp.items.map((item, i) => [`items.${i}.comment`, itemFieldId(item.commitmentId, 'comment')]),
  );
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found = validateDraft(d);
    setErrors(found);
    if (found.length) return;
    settle(
      update,
      toEdit(d),
      () => {
        draft.saved();
        setSaved(true);
      },
      (error) => setErrors(apiFormErrors(error, { ...API_FIELDS, ...itemFields })),
    );
  };
  const text = (key: 'summary' | 'citizensSaid' | 'nextSteps') => (
    <TextAreaField
      id={`fu-${key}`}
      label={p[key]}
      rows={5}
      value={d[key]}
      onChange={(e) => setD({ ...d, [key]: e.target.value })}
      error={fieldError(errors, `fu-${key}`)}
    />
  );
  return (
    <form onSubmit={submit} noValidate className="form wide-form">
      {leaving.dialog}
      <DraftNotice draft={draft} />
      <ErrorSummary errors={errors} />
      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="ds-heading" data-size="sm">
          {p.itemsHeading}
        </h2>
        {followUp.items.map((item, i) => (
          <ItemFields
            key={item.commitmentId}
            item={item}
            draft={d.items[i]!}
            n={i + 1}
            errors={errors}
            onChange={(x) => setD({ ...d, items: d.items.map((y, j) => (j === i ? x : y)) })}
          />
        ))}
      </section>
      <h2 className="ds-heading" data-size="sm">
        {p.textsHeading}
      </h2>
      {text('summary')}
      {text('citizensSaid')}
      {text('nextSteps')}
      <TextAreaField
        id="fu-recipients"
        label={p.recipients}
        hint={p.recipientsHint}
        rows={3}
        value={d.recipients}
        onChange={(e) => setD({ ...d, recipients: e.target.value })}
        error={fieldError(errors, 'fu-recipients')}
      />
      <TextField
        id="fu-due"
        type="date"
        label={p.dueDate}
        value={d.dueDate}
        onChange={(e) => setD({ ...d, dueDate: e.target.value })}
        error={fieldError(errors, 'fu-due')}
      />
      <Notice>{saved ? p.saved : null}</Notice>
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={update.isPending || undefined}>
        {p.save}
      </button>
    </form>
  );
}
