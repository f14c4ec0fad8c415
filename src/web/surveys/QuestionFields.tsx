/**
 * One question in the editor: its texts in every offered language, a help
 * text, what its kind needs (options or items as lines, the option that
 * excludes the others, the scale's ends, the longest free-text answer),
 * "required", and moving or removing it.
 */
import type { SurveyLanguage } from '../api/surveys.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField, SwitchField, TextField } from '../ui/fields.tsx';
import { fieldError, type FormError } from '../ui/form-errors.ts';
import { LangFields } from './LangFields.tsx';
import { isBackground, LINE_KINDS, type QuestionDraft } from './question-model.ts';

interface Props {
  d: QuestionDraft;
  n: number;
  count: number;
  langs: readonly SurveyLanguage[];
  errors: readonly FormError[];
  /** Whether questions may be removed (not once the survey has answers). */
  removable: boolean;
  /** Names of the kommun's areas, which an area question offers. */
  areas: string[];
  onChange: (d: QuestionDraft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

type KindProps = Pick<Props, 'd' | 'langs' | 'errors' | 'onChange'>;

function Lines({ d, langs, errors, onChange }: KindProps) {
  const { t } = useI18n();
  const b = t.surveyBuilder;
  const svLines = (d.lines.sv ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    <>
      <div className="field-row">
        <LangFields
          id={`${d.key}-lines`}
          label={d.kind === 'problem' ? b.items : b.options}
          langs={langs}
          texts={d.lines}
          rows={5}
          errors={errors}
          hint={(l) => (l === 'sv' ? b.linesHintSv : b.linesHintOther)}
          onChange={(lines) => onChange({ ...d, lines })}
        />
      </div>
      {d.kind === 'multiple' && (
        <SelectField
          id={`${d.key}-exclusive`}
          label={b.exclusive}
          hint={b.exclusiveHint}
          value={svLines.includes(d.exclusive) ? d.exclusive : ''}
          onChange={(e) => onChange({ ...d, exclusive: e.target.value })}
        >
          <option value="">{b.exclusiveNone}</option>
          {svLines.map((l, i) => (
            <option key={`${i}-${l}`} value={l}>
              {l}
            </option>
          ))}
        </SelectField>
      )}
    </>
  );
}

function Scale({ d, langs, errors, onChange }: KindProps) {
  const { t } = useI18n();
  const b = t.surveyBuilder;
  return (
    <>
      <div className="field-row">
        <SelectField
          id={`${d.key}-min`}
          label={b.scaleFrom}
          value={d.min}
          onChange={(e) => onChange({ ...d, min: e.target.value })}
        >
          <option value="0">0</option>
          <option value="1">1</option>
        </SelectField>
        <TextField
          id={`${d.key}-max`}
          label={b.scaleTo}
          hint={b.scaleToHint}
          inputMode="numeric"
          value={d.max}
          onChange={(e) => onChange({ ...d, max: e.target.value })}
          error={fieldError(errors, `${d.key}-max`)}
        />
      </div>
      <LangFields
        id={`${d.key}-minLabel`}
        label={b.minLabel}
        langs={langs}
        texts={d.minLabel}
        errors={errors}
        onChange={(minLabel) => onChange({ ...d, minLabel })}
      />
      <LangFields
        id={`${d.key}-maxLabel`}
        label={b.maxLabel}
        langs={langs}
        texts={d.maxLabel}
        errors={errors}
        onChange={(maxLabel) => onChange({ ...d, maxLabel })}
      />
    </>
  );
}

function KindFields(props: KindProps & { areas: string[] }) {
  const { t } = useI18n();
  const b = t.surveyBuilder;
  const { d, errors, onChange } = props;
  return (
    <>
      {LINE_KINDS.includes(d.kind) && <Lines {...props} />}
      {d.kind === 'problem' && <p className="small muted">{b.problemNote}</p>}
      {d.kind === 'scale' && <Scale {...props} />}
      {d.kind === 'text' && (
        <TextField
          id={`${d.key}-maxLength`}
          label={b.maxLength}
          hint={b.maxLengthHint}
          inputMode="numeric"
          value={d.maxLength}
          onChange={(e) => onChange({ ...d, maxLength: e.target.value })}
          error={fieldError(errors, `${d.key}-maxLength`)}
        />
      )}
      {d.kind === 'area' && <p className="small muted">{b.areaNote(props.areas)}</p>}
    </>
  );
}

export function QuestionFields({ d, n, count, langs, errors, removable, areas, onChange, onMove, onRemove }: Props) {
  const { t } = useI18n();
  const s = t.surveys;
  const b = t.surveyBuilder;
  const id = (x: string) => `${d.key}-${x}`;
  const hasHelp = langs.some((l) => d.help[l]?.trim()) || errors.some((e) => e.fieldId?.startsWith(id('help')));
  return (
    <fieldset className="ds-fieldset finding-fields question-fields">
      <legend className="ds-label">{s.questionLegend(n, s.kinds[d.kind])}</legend>
      <LangFields
        id={id('text')}
        label={b.questionText}
        langs={langs}
        texts={d.text}
        rows={2}
        errors={errors}
        onChange={(text) => onChange({ ...d, text })}
      />
      <details className="help-texts" open={hasHelp || undefined}>
        <summary>{b.helpSummary}</summary>
        <LangFields
          id={id('help')}
          label={b.helpText}
          langs={langs}
          texts={d.help}
          rows={2}
          errors={errors}
          onChange={(help) => onChange({ ...d, help })}
        />
      </details>
      <KindFields d={d} langs={langs} errors={errors} onChange={onChange} areas={areas} />
      {isBackground(d.kind) ? (
        <p className="small muted">{b.backgroundNote}</p>
      ) : (
        <SwitchField
          id={id('required')}
          label={s.required}
          checked={d.required}
          onChange={(e) => onChange({ ...d, required: e.target.checked })}
        />
      )}
      <div className="button-row">
        <button
          id={id('up')}
          type="button"
          className="ds-button"
          data-variant="tertiary"
          disabled={n === 1}
          aria-label={s.moveUp(n)}
          onClick={() => onMove(-1)}
        >
          {s.up}
        </button>
        <button
          id={id('down')}
          type="button"
          className="ds-button"
          data-variant="tertiary"
          disabled={n === count}
          aria-label={s.moveDown(n)}
          onClick={() => onMove(1)}
        >
          {s.down}
        </button>
        {removable && (
          <button
            type="button"
            className="ds-button"
            data-variant="tertiary"
            data-color="danger"
            aria-label={s.removeQuestion(n)}
            onClick={onRemove}
          >
            {s.remove}
          </button>
        )}
      </div>
    </fieldset>
  );
}
