/** Trygghetsvandringar › Planera (steg 1, förmöte): when and where, the route, and the planned follow-up meeting. */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { usePlanWalk } from '../../api/dialogues.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { TextAreaField, TextField } from '../../ui/fields.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';
import { KommunSelect, useKommunChoice } from '../../ui/kommun-choice.tsx';
import { todayIso } from '../../ui/dates.ts';
import { ParticipantsEditor } from '../ParticipantsEditor.tsx';
import {
  dayError,
  optionalDayError,
  participantRow,
  toParticipants,
  validateParticipants,
  type ParticipantRow,
} from '../dialogue-model.ts';

interface State {
  title: string;
  date: string;
  preMeetingDate: string;
  followUpDate: string;
  place: string;
  areaName: string;
  route: string;
  note: string;
}
const API_FIELDS = {
  date: 'walk-date',
  preMeetingDate: 'walk-pre',
  followUpDate: 'walk-follow',
  place: 'walk-place',
  area: 'walk-areaName',
};

function validate(s: State, kommun: string, participants: ParticipantRow[]): FormError[] {
  const errors = [
    dayError(s.date, 'walk-date'),
    optionalDayError(s.preMeetingDate, 'walk-pre'),
    optionalDayError(s.followUpDate, 'walk-follow'),
  ].filter((e): e is FormError => e !== null);
  if (!kommun) errors.unshift({ fieldId: 'walk-kommun', message: (t) => t.chooseRequired(t.kommunChoice.label) });
  if (s.preMeetingDate && s.preMeetingDate > s.date)
    errors.push({ fieldId: 'walk-pre', message: (t) => t.planWalk.preAfterWalk });
  if (s.followUpDate && s.followUpDate < s.date)
    errors.push({ fieldId: 'walk-follow', message: (t) => t.planWalk.followBeforeWalk });
  if (!s.place.trim() && !s.areaName.trim() && !s.route.trim())
    errors.push({ fieldId: 'walk-place', message: (t) => t.planWalk.whereRequired });
  return [...errors, ...validateParticipants(participants)];
}

export function PlanWalkPage() {
  const { t } = useI18n();
  const w = t.planWalk;
  const navigate = useNavigate();
  const plan = usePlanWalk();
  const kommun = useKommunChoice();
  const [s, setS] = useState<State>({
    title: '',
    date: todayIso(),
    preMeetingDate: todayIso(),
    followUpDate: '',
    place: '',
    areaName: '',
    route: '',
    note: '',
  });
  const [participants, setParticipants] = useState<ParticipantRow[]>(() => [
    participantRow(t.participants.defaultGroup),
  ]);
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(s, kommun.code, participants);
    setErrors(found);
    if (found.length) return;
    const opt = (v: string) => v.trim() || null;
    plan.mutate(
      {
        kommun: kommun.code,
        title: opt(s.title),
        date: s.date,
        preMeetingDate: opt(s.preMeetingDate),
        followUpDate: opt(s.followUpDate),
        place: opt(s.place),
        areaName: opt(s.areaName),
        route: opt(s.route),
        note: opt(s.note),
        participants: toParticipants(participants),
      },
      {
        onSuccess: (walk) => navigate(`/dialog/trygghetsvandringar/${walk.id}`, { state: { notice: 'planned' } }),
        onError: (error) => setErrors(apiFormErrors(error, API_FIELDS)),
      },
    );
  };
  const field = (key: keyof State) => ({
    value: s[key],
    error: fieldError(errors, `walk-${key}`),
    onChange: (e: { target: { value: string } }) => setS({ ...s, [key]: e.target.value }),
  });
  return (
    <>
      <p>
        <Link className="ds-link" to="/dialog/trygghetsvandringar">
          {w.back}
        </Link>
      </p>
      <PageHeading>{w.heading}</PageHeading>
      <p>{w.intro}</p>
      <form onSubmit={submit} noValidate className="form wide-form">
        <ErrorSummary errors={errors} />
        <KommunSelect id="walk-kommun" choice={kommun} />
        <TextField
          id="walk-pre"
          type="date"
          label={w.preMeetingDate}
          {...field('preMeetingDate')}
          error={fieldError(errors, 'walk-pre')}
        />
        <TextField id="walk-date" type="date" label={w.date} {...field('date')} />
        <TextField
          id="walk-follow"
          type="date"
          label={w.followUpDate}
          hint={w.followUpHint}
          {...field('followUpDate')}
          error={fieldError(errors, 'walk-follow')}
        />
        <TextField id="walk-place" label={w.place} hint={w.whereHint} {...field('place')} />
        <TextField id="walk-areaName" label={w.area} {...field('areaName')} />
        <TextAreaField id="walk-route" label={w.route} rows={3} {...field('route')} />
        <TextField id="walk-title" label={t.dialogueForm.title} hint={t.dialogueForm.titleHint} {...field('title')} />
        <ParticipantsEditor legend={w.participants} rows={participants} onChange={setParticipants} errors={errors} />
        <TextAreaField id="walk-note" label={t.dialogueForm.note} rows={3} {...field('note')} />
        <div className="button-row">
          <button type="submit" className="ds-button" data-variant="primary" aria-busy={plan.isPending || undefined}>
            {w.submit}
          </button>
          <Link className="ds-link" to="/dialog/trygghetsvandringar">
            {t.cancel}
          </Link>
        </div>
      </form>
    </>
  );
}
