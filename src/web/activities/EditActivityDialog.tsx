/** Change a logged activity in a modal dialog; saving sends only the activity's fields (PATCH). */
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useUpdateActivity, type Activity } from '../api/activities.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';
import { todayIso } from '../ui/dates.ts';
import { fromActivity, toActivityInput, validateActivity, type ActivityFormState } from './activity-form.ts';
import { ActivityFields } from './ActivityFields.tsx';

interface Props {
  activity: Activity;
  indicators: readonly string[];
  onDone: (changed: boolean) => void;
}

const PREFIX = 'edit';

export function EditActivityDialog({ activity, indicators, onDone }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const update = useUpdateActivity();
  const [state, setState] = useState<ActivityFormState>(() => fromActivity(activity));
  const [errors, setErrors] = useState<FormError[]>([]);
  const today = todayIso();
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateActivity(state, today, PREFIX, false);
    setErrors(found);
    if (found.length) return;
    const { commitmentId: _ignored, ...patch } = toActivityInput(state);
    update.mutate(
      { id: activity.id, patch },
      {
        onSuccess: () => onDone(true),
        onError: (error) => setErrors(apiFormErrors(error)),
      },
    );
  };
  const allIndicators = [...new Set([...indicators, ...Object.keys(activity.outcomes)])];
  return (
    <dialog ref={ref} className="ds-dialog edit-dialog" aria-labelledby="edit-heading" onClose={() => onDone(false)}>
      <h2 id="edit-heading" className="ds-heading" data-size="xs">
        {t.activities.editHeading}
      </h2>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={errors} />
        <ActivityFields
          prefix={PREFIX}
          state={state}
          onChange={setState}
          errors={errors}
          indicators={allIndicators}
          today={today}
        />
        <div className="button-row">
          <button type="submit" className="ds-button" data-variant="primary" aria-busy={update.isPending || undefined}>
            {t.save}
          </button>
          <button type="button" className="ds-button" data-variant="secondary" onClick={() => ref.current?.close()}>
            {t.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
