/**
 * Frågor: every kind of question can be added (one answer, several answers,
 * scale, the trygghetsmätning's problem items, free text, area, age band,
 * gender), edited in every language the survey is offered in, moved and
 * removed. The editor checks what the API checks; once the survey has
 * answers it offers no adding or removing, and says what a change would
 * break before the API has to.
 */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import { useUpdateSurvey, type QuestionKind, type Survey, type SurveyLanguage } from '../api/surveys.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SelectField } from '../ui/fields.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';
import { useFocusLater } from '../ui/useFocusLater.ts';
import { lockedChanges } from '../../domain/surveys/rules.ts';
import { fromProblem } from './problems.ts';
import {
  ALL_KINDS,
  draftProblems,
  kindsTaken,
  newDraft,
  toDraft,
  toQuestions,
  type DraftProblem,
  type QuestionDraft,
} from './question-model.ts';
import { QuestionFields } from './QuestionFields.tsx';
import { isQuestionDrafts, reviveQuestionDrafts } from './questions-draft.ts';
import { DraftNotice } from '../ui/DraftNotice.tsx';
import { useUnsavedChanges } from '../ui/UnsavedChanges.tsx';
import { useDraftState } from '../ui/useDraftState.ts';

function problemMessage(p: DraftProblem, n: number, kind: QuestionKind): Localized {
  return (t) => {
    const b = t.surveyBuilder.problems;
    switch (p.code) {
      case 'text':
        return t.surveys.questionTextRequired(n);
      case 'help':
        return b.help(n);
      case 'tooLong':
        return b.tooLong(n);
      case 'lines':
        return b.lines(n, p.range![0], p.range![1], kind === 'problem');
      case 'duplicate':
        return b.duplicate(n);
      case 'extraLines':
        return b.extraLines(n, t.surveyBuilder.inLang[p.lang!]);
      case 'scaleMax':
        return b.scaleMax(n);
      case 'scaleLabel':
        return b.scaleLabel(n);
      case 'maxLength':
        return b.maxLength(n);
    }
  };
}

function validate(survey: Survey, drafts: readonly QuestionDraft[], langs: readonly SurveyLanguage[]): FormError[] {
  const found = drafts.flatMap((d, i) =>
    draftProblems(d, langs).map(
      (p): FormError => ({ fieldId: `${d.key}-${p.field}`, message: problemMessage(p, i + 1, d.kind) }),
    ),
  );
  if (found.length || !survey.responses) return found;
  return lockedChanges(survey.questions, toQuestions(drafts, langs)).map((p) => ({ message: fromProblem(p) }));
}

function AddQuestion({ drafts, onAdd }: { drafts: readonly QuestionDraft[]; onAdd: (kind: QuestionKind) => void }) {
  const { t } = useI18n();
  const s = t.surveys;
  const [kind, setKind] = useState<QuestionKind>('single');
  const taken = kindsTaken(drafts);
  const chosen = taken.has(kind) ? 'single' : kind;
  const add = () => {
    onAdd(chosen);
    if (['area', 'age_band', 'gender'].includes(chosen)) setKind('single');
  };
  return (
    <div className="field-row">
      <SelectField
        id="new-question-kind"
        label={s.newKind}
        value={chosen}
        onChange={(e) => setKind(e.target.value as QuestionKind)}
      >
        {ALL_KINDS.map((k) => (
          <option key={k} value={k} disabled={taken.has(k)}>
            {taken.has(k) ? t.surveyBuilder.taken(s.kinds[k]) : s.kinds[k]}
          </option>
        ))}
      </SelectField>
      <button id="add-question" type="button" className="ds-button" data-variant="secondary" onClick={add}>
        {s.addQuestion}
      </button>
    </div>
  );
}

export function QuestionsEditor({ survey, onNotice }: { survey: Survey; onNotice: (n: Localized) => void }) {
  const { t, lang } = useI18n();
  const s = t.surveys;
  const update = useUpdateSurvey(survey.id);
  const focusLater = useFocusLater();
  const langs = survey.languages;
  const locked = survey.responses > 0;
  const [drafts, setDrafts, draft] = useDraftState<QuestionDraft[]>({
    form: 'survey-questions',
    record: survey.id,
    initial: () => survey.questions.map((q) => toDraft(q)),
    accept: isQuestionDrafts,
    revive: reviveQuestionDrafts,
  });
  const leaving = useUnsavedChanges(draft.dirty);
  const [errors, setErrors] = useState<FormError[]>([]);
  const move = (i: number, by: number) => {
    const next = [...drafts];
    const [d] = next.splice(i, 1);
    next.splice(i + by, 0, d!);
    setDrafts(next);
    focusLater(`${d!.key}-${by < 0 ? 'up' : 'down'}`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(survey, drafts, langs);
    setErrors(found);
    if (found.length) return;
    settle(
      update,
      { questions: toQuestions(drafts, langs) },
      (saved) => {
        // Saved questions now have their ids and values: edit those from here on.
        draft.saved(saved.questions.map((q) => toDraft(q)));
        onNotice((tt) => tt.surveys.questionsSaved);
      },
      (error) => setErrors(apiFormErrors(error)),
    );
  };
  const add = (kind: QuestionKind) => {
    const d = newDraft(kind);
    setDrafts([...drafts, d]);
    focusLater(`${d.key}-text-sv`);
  };
  const names = langs
    .map((l) => s.languageNames[l] ?? l)
    .map((x) => (lang === 'sv' ? x.toLowerCase() : x))
    .join(', ');
  return (
    <form onSubmit={submit} noValidate className="form wide-form questions-editor">
      <p>{locked ? s.hasAnswers : s.questionsIntro}</p>
      <p className="small muted">{t.surveyBuilder.languagesNote(names)}</p>
      {leaving.dialog}
      <DraftNotice draft={draft} />
      <ErrorSummary errors={errors} />
      {drafts.map((d, i) => (
        <QuestionFields
          key={d.key}
          d={d}
          n={i + 1}
          count={drafts.length}
          langs={langs}
          errors={errors}
          removable={!locked}
          areas={survey.kommunAreas}
          onChange={(x) => setDrafts(drafts.map((y) => (y.key === d.key ? x : y)))}
          onMove={(by) => move(i, by)}
          onRemove={() => {
            setDrafts(drafts.filter((y) => y.key !== d.key));
            focusLater('add-question');
          }}
        />
      ))}
      {!locked && <AddQuestion drafts={drafts} onAdd={add} />}
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={update.isPending || undefined}>
        {s.saveQuestions}
      </button>
    </form>
  );
}
