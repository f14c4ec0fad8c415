/**
 * One commitment's measurable target (antal / andel / inget mätbart) and its
 * details (places, condition, owner), with the target read back in words.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Per } from '../../api/promises.ts';
import { fieldError, type FormError } from '../../ui/form-errors.ts';
import { targetText } from '../target-text.ts';
import { draftToTarget, type CommitmentDraft, type TargetDraft, type TargetKind } from './draft-model.ts';
import { cellId } from './validate.ts';

const KINDS: readonly TargetKind[] = ['count', 'share', 'none'];
const PERS: readonly (Per | '')[] = [
  '',
  'day',
  'week',
  'month',
  'quarter',
  'tertial',
  'halfyear',
  'term',
  'year',
  'period',
  'shift',
];

interface Props {
  commitment: CommitmentDraft;
  number: number;
  onChange: (next: CommitmentDraft) => void;
  errors: readonly FormError[];
}

interface SmallProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  wide?: boolean;
  children: ReactNode;
}

/** A compact field; the input itself (passed as children) points at the hint and error by their ids. */
function Small({ id, label, hint, error, wide, children }: SmallProps) {
  return (
    <div className={`ds-field small-field${wide ? ' wide-field' : ''}`}>
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div data-field="description" id={`${id}-hint`} className="small">
          {hint}
        </div>
      )}
      {children}
      {error && (
        <p className="ds-validation-message" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function Check({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="ds-field check-field">
      <input
        id={id}
        type="checkbox"
        className="ds-input"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

function KindChoice({ c, set }: { c: CommitmentDraft; set: (p: Partial<TargetDraft>) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="ds-fieldset kind-choice">
      <legend className="ds-label">{t.editor.kind}</legend>
      {KINDS.map((kind) => (
        <div className="ds-field" key={kind}>
          <input
            id={`${c.key}-kind-${kind}`}
            type="radio"
            className="ds-input"
            name={`${c.key}-kind`}
            value={kind}
            checked={c.target.kind === kind}
            onChange={() => set({ kind })}
          />
          <label className="ds-label" htmlFor={`${c.key}-kind-${kind}`}>
            {t.editor.kinds[kind]}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function CountFields({
  c,
  set,
  errors,
}: {
  c: CommitmentDraft;
  set: (p: Partial<TargetDraft>) => void;
  errors: readonly FormError[];
}) {
  const { t, lang } = useI18n();
  const d = c.target;
  const err = (f: string) => fieldError(errors, cellId(c, f))?.(t, lang) ?? null;
  const describedBy = (f: string) =>
    [f === 'every' ? `${cellId(c, f)}-hint` : '', err(f) ? `${cellId(c, f)}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const input = (f: 'count' | 'max' | 'every' | 'unit', mode?: 'decimal' | 'numeric') => (
    <input
      id={cellId(c, f)}
      className="ds-input"
      inputMode={mode}
      value={d[f]}
      autoComplete="off"
      aria-invalid={err(f) ? true : undefined}
      aria-describedby={describedBy(f)}
      onChange={(e) => set({ [f]: e.target.value })}
    />
  );
  return (
    <div className="target-fields">
      <Small id={cellId(c, 'count')} label={t.editor.count} error={err('count')}>
        {input('count', 'decimal')}
      </Small>
      <Check
        id={cellId(c, 'atLeast')}
        label={t.editor.atLeast}
        checked={d.atLeast}
        onChange={(atLeast) => set({ atLeast })}
      />
      <Small id={cellId(c, 'max')} label={t.editor.max} error={err('max')}>
        {input('max', 'decimal')}
      </Small>
      <Small id={cellId(c, 'per')} label={t.editor.per}>
        <select
          id={cellId(c, 'per')}
          className="ds-input"
          value={d.per}
          onChange={(e) => set({ per: e.target.value as Per | '' })}
        >
          {PERS.map((p) => (
            <option key={p} value={p}>
              {t.editor.perOptions[p || 'none']}
            </option>
          ))}
        </select>
      </Small>
      <Small id={cellId(c, 'every')} label={t.editor.every} hint={t.editor.everyHint} error={err('every')}>
        {input('every', 'numeric')}
      </Small>
      <Check
        id={cellId(c, 'average')}
        label={t.editor.average}
        checked={d.average}
        onChange={(average) => set({ average })}
      />
      <Small id={cellId(c, 'unit')} label={t.editor.unit} wide>
        {input('unit')}
      </Small>
    </div>
  );
}

function ShareFields({
  c,
  set,
  errors,
}: {
  c: CommitmentDraft;
  set: (p: Partial<TargetDraft>) => void;
  errors: readonly FormError[];
}) {
  const { t, lang } = useI18n();
  const error = fieldError(errors, cellId(c, 'percent'))?.(t, lang) ?? null;
  return (
    <div className="target-fields">
      <Small id={cellId(c, 'percent')} label={t.editor.percent} error={error}>
        <input
          id={cellId(c, 'percent')}
          className="ds-input"
          inputMode="decimal"
          value={c.target.percent}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${cellId(c, 'percent')}-error` : undefined}
          onChange={(e) => set({ percent: e.target.value })}
        />
      </Small>
      <Check
        id={cellId(c, 'atLeast')}
        label={t.editor.atLeast}
        checked={c.target.atLeast}
        onChange={(atLeast) => set({ atLeast })}
      />
      <Small id={cellId(c, 'unit')} label={t.editor.unit} wide>
        <input
          id={cellId(c, 'unit')}
          className="ds-input"
          value={c.target.unit}
          autoComplete="off"
          onChange={(e) => set({ unit: e.target.value })}
        />
      </Small>
    </div>
  );
}

function DetailFields({ c, onChange }: { c: CommitmentDraft; onChange: (next: CommitmentDraft) => void }) {
  const { t } = useI18n();
  const text = (f: 'places' | 'condition' | 'owner', label: string, hint?: boolean) => (
    <Small id={cellId(c, f)} label={label}>
      <input
        id={cellId(c, f)}
        className="ds-input"
        value={c[f]}
        autoComplete="off"
        aria-describedby={hint ? 'ed-list-hint' : undefined}
        onChange={(e) => onChange({ ...c, [f]: e.target.value })}
      />
    </Small>
  );
  return (
    <div className="target-fields">
      {text('places', t.editor.places, true)}
      {text('condition', t.editor.condition)}
      {text('owner', t.editor.owner)}
    </div>
  );
}

export function TargetEditor({ commitment: c, number, onChange, errors }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<TargetDraft>) => onChange({ ...c, target: { ...c.target, ...patch } });
  const target = draftToTarget(c.target);
  return (
    <fieldset className="ds-fieldset target-editor">
      <legend className="ds-label">{t.editor.targetLegend(number)}</legend>
      <KindChoice c={c} set={set} />
      {c.target.kind === 'count' && <CountFields c={c} set={set} errors={errors} />}
      {c.target.kind === 'share' && <ShareFields c={c} set={set} errors={errors} />}
      {target && <p className="target-preview">{t.editor.targetPreview(targetText(target, t))}</p>}
      <DetailFields c={c} onChange={onChange} />
    </fieldset>
  );
}
