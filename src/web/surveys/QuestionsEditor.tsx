/**
 * Frågor: every question's text in Swedish and English, whether it is
 * required, its options (or problem items) one per line, its place; add and
 * remove questions. Once a survey has answers, only texts may change (the
 * API says so if something else does).
 */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { settle } from '../api/settle.ts';
import { useUpdateSurvey, type QuestionKind, type Survey } from '../api/surveys.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SelectField } from '../ui/fields.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';
import { useFocusLater } from '../ui/useFocusLater.ts';
import { draftProblems, newDraft, NEW_KINDS, toDraft, toQuestions, type QuestionDraft } from './question-model.ts';
import { QuestionFields } from './QuestionFields.tsx';

function validate(drafts: readonly QuestionDraft[]): FormError[] {
  return drafts.flatMap((d, i) => draftProblems(d).map((p): FormError => ({
    fieldId: `${d.key}-${p === 'text' ? 'text-sv' : 'lines-sv'}`,
    message: (t) => (p === 'text' ? t.surveys.questionTextRequired(i + 1) : t.surveys.linesRequired(i + 1)),
  })));
}

export function QuestionsEditor({ survey, onNotice }: { survey: Survey; onNotice: (n: Localized) => void }) {
  const { t } = useI18n();
  const s = t.surveys;
  const update = useUpdateSurvey(survey.id);
  const focusLater = useFocusLater();
  const [drafts, setDrafts] = useState<QuestionDraft[]>(() => survey.questions.map(toDraft));
  const [kind, setKind] = useState<QuestionKind>('single');
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
    const found = validate(drafts);
    setErrors(found);
    if (found.length) return;
    settle(update, { questions: toQuestions(drafts) }, () => onNotice((tt) => tt.surveys.questionsSaved), (error) => setErrors(apiFormErrors(error)));
  };
  const add = () => {
    const d = newDraft(kind);
    setDrafts([...drafts, d]);
    focusLater(`${d.key}-text-sv`);
  };
  return (
    <form onSubmit={submit} noValidate className="form wide-form questions-editor">
      <p>{survey.responses ? s.hasAnswers : s.questionsIntro}</p>
      <ErrorSummary errors={errors} />
      {drafts.map((d, i) => (
        <QuestionFields key={d.key} d={d} n={i + 1} count={drafts.length} errors={errors}
          onChange={(x) => setDrafts(drafts.map((y) => (y.key === d.key ? x : y)))}
          onMove={(by) => move(i, by)} onRemove={() => { setDrafts(drafts.filter((y) => y.key !== d.key)); focusLater('add-question'); }} />
      ))}
      <div className="field-row">
        <SelectField id="new-question-kind" label={s.newKind} value={kind} onChange={(e) => setKind(e.target.value as QuestionKind)}>
          {NEW_KINDS.map((k) => <option key={k} value={k}>{s.kinds[k]}</option>)}
        </SelectField>
        <button id="add-question" type="button" className="ds-button" data-variant="secondary" onClick={add}>{s.addQuestion}</button>
      </div>
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={update.isPending || undefined}>{s.saveQuestions}</button>
    </form>
  );
}
