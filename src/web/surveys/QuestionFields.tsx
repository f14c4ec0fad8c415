/** One question in the editor: its kind, texts, required, options as lines, and moving or removing it. */
import { useI18n } from '../i18n/i18n.tsx';
import { SwitchField, TextAreaField, TextField } from '../ui/fields.tsx';
import { fieldError, type FormError } from '../ui/form-errors.ts';
import { LINE_KINDS, type QuestionDraft } from './question-model.ts';

interface Props {
  d: QuestionDraft;
  n: number;
  count: number;
  errors: readonly FormError[];
  onChange: (d: QuestionDraft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

export function QuestionFields({ d, n, count, errors, onChange, onMove, onRemove }: Props) {
  const { t } = useI18n();
  const s = t.surveys;
  const id = (x: string) => `${d.key}-${x}`;
  return (
    <fieldset className="ds-fieldset finding-fields question-fields">
      <legend className="ds-label">{s.questionLegend(n, s.kinds[d.kind])}</legend>
      <TextAreaField id={id('text-sv')} label={s.textSv} rows={2} value={d.textSv} onChange={(e) => onChange({ ...d, textSv: e.target.value })}
        error={fieldError(errors, id('text-sv'))} />
      <TextAreaField id={id('text-en')} label={s.textEn} rows={2} value={d.textEn} onChange={(e) => onChange({ ...d, textEn: e.target.value })} />
      {LINE_KINDS.includes(d.kind) && (
        <div className="field-row">
          <TextAreaField id={id('lines-sv')} label={d.kind === 'problem' ? s.itemsSv : s.optionsSv} hint={s.linesHint} rows={5} value={d.linesSv}
            onChange={(e) => onChange({ ...d, linesSv: e.target.value })} error={fieldError(errors, id('lines-sv'))} />
          <TextAreaField id={id('lines-en')} label={d.kind === 'problem' ? s.itemsEn : s.optionsEn} hint={s.linesHintEn} rows={5} value={d.linesEn}
            onChange={(e) => onChange({ ...d, linesEn: e.target.value })} />
        </div>
      )}
      {d.kind === 'area' && <p className="small muted">{s.areaOptionsNote}</p>}
      <SwitchField id={id('required')} label={s.required} checked={d.required} onChange={(e) => onChange({ ...d, required: e.target.checked })} />
      <div className="button-row">
        <button id={id('up')} type="button" className="ds-button" data-variant="tertiary" disabled={n === 1} aria-label={s.moveUp(n)} onClick={() => onMove(-1)}>{s.up}</button>
        <button id={id('down')} type="button" className="ds-button" data-variant="tertiary" disabled={n === count} aria-label={s.moveDown(n)} onClick={() => onMove(1)}>{s.down}</button>
        <button type="button" className="ds-button" data-variant="tertiary" data-color="danger" aria-label={s.removeQuestion(n)} onClick={onRemove}>{s.remove}</button>
      </div>
    </fieldset>
  );
}
