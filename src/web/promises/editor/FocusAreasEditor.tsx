/** Focus areas: add, rename, reorder and remove them, each with its genomförandeplan. */
import { useI18n } from '../../i18n/i18n.tsx';
import { TextField } from '../../ui/fields.tsx';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { useFocusLater } from '../../ui/useFocusLater.ts';
import type { FormError } from '../../ui/form-errors.ts';
import { emptyCommitment, newKey, type FocusAreaDraft } from './draft-model.ts';
import { cellId } from './validate.ts';
import { PlanTable } from './PlanTable.tsx';

interface AreaProps {
  area: FocusAreaDraft;
  index: number;
  total: number;
  firstNumber: number;
  errors: readonly FormError[];
  onChange: (next: FocusAreaDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function AreaTools({ area, index, total, onMove, onRemove }: Omit<AreaProps, 'firstNumber' | 'errors' | 'onChange'>) {
  const { t } = useI18n();
  const n = index + 1;
  return (
    <div className="button-row">
      {index > 0 && (
        <button
          type="button"
          id={`${area.key}-up`}
          className="ds-button"
          data-variant="secondary"
          aria-label={t.editor.moveUpLabel(n)}
          onClick={() => onMove(-1)}
        >
          {t.editor.moveUp}
        </button>
      )}
      {index < total - 1 && (
        <button
          type="button"
          id={`${area.key}-down`}
          className="ds-button"
          data-variant="secondary"
          aria-label={t.editor.moveDownLabel(n)}
          onClick={() => onMove(1)}
        >
          {t.editor.moveDown}
        </button>
      )}
      <ConfirmButton
        label={t.editor.removeFocusAreaLabel(n)}
        onConfirm={onRemove}
        question={t.editor.removeFocusAreaConfirm(area.title || t.editor.focusArea(n), area.commitments.length)}
      >
        {t.editor.removeFocusArea}
      </ConfirmButton>
    </div>
  );
}

function FocusAreaEditor(props: AreaProps) {
  const { t } = useI18n();
  const focusLater = useFocusLater();
  const { area, index, firstNumber, errors, onChange } = props;
  const n = index + 1;
  const name = area.title.trim() || t.editor.focusArea(n);
  const add = () => {
    const c = emptyCommitment();
    onChange({ ...area, commitments: [...area.commitments, c] });
    focusLater(cellId(c, 'text'));
  };
  const remove = (i: number) => {
    onChange({ ...area, commitments: area.commitments.filter((_, j) => j !== i) });
    focusLater(`${area.key}-add`);
  };
  return (
    <section className="focus-area-editor" aria-labelledby={`${area.key}-heading`}>
      <h3 id={`${area.key}-heading`} className="ds-heading" data-size="xs">
        {t.editor.focusArea(n)}
      </h3>
      <TextField
        id={`${area.key}-title`}
        label={t.editor.focusAreaTitle(n)}
        value={area.title}
        autoComplete="off"
        onChange={(e) => onChange({ ...area, title: e.target.value })}
      />
      <AreaTools {...props} />
      <PlanTable
        caption={t.editor.planCaption(name)}
        commitments={area.commitments}
        firstNumber={firstNumber}
        errors={errors}
        onChange={(commitments) => onChange({ ...area, commitments })}
        onRemove={remove}
      />
      <button
        type="button"
        id={`${area.key}-add`}
        className="ds-button"
        data-variant="secondary"
        aria-label={t.editor.addCommitmentLabel(n)}
        onClick={add}
      >
        <span aria-hidden="true">+ </span>
        {t.editor.addCommitment}
      </button>
    </section>
  );
}

export function FocusAreasEditor({
  areas,
  onChange,
  errors,
}: {
  areas: FocusAreaDraft[];
  onChange: (next: FocusAreaDraft[]) => void;
  errors: readonly FormError[];
}) {
  const { t } = useI18n();
  const focusLater = useFocusLater();
  const firstNumbers = areas.reduce<number[]>(
    (acc, a, i) => [...acc, i === 0 ? 1 : acc[i - 1]! + areas[i - 1]!.commitments.length],
    [],
  );
  const move = (i: number, by: -1 | 1) => {
    const next = [...areas];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
    const moved = areas[i]!;
    focusLater(
      i + by === 0
        ? `${moved.key}-down`
        : i + by === areas.length - 1
          ? `${moved.key}-up`
          : `${moved.key}-${by < 0 ? 'up' : 'down'}`,
    );
  };
  const add = () => {
    const area: FocusAreaDraft = { key: newKey(), title: '', commitments: [emptyCommitment()] };
    onChange([...areas, area]);
    focusLater(`${area.key}-title`);
  };
  return (
    <section className="editor-section" aria-labelledby="ed-areas">
      <h2 id="ed-areas" className="ds-heading" data-size="sm">
        {t.editor.focusAreasHeading}
      </h2>
      <p>{t.editor.focusAreasIntro}</p>
      <p className="muted" id="ed-list-hint">
        {t.editor.listHint}
      </p>
      <p className="muted" id="ed-responsible-hint">
        {t.editor.responsibleHint}
      </p>
      {areas.map((area, i) => (
        <FocusAreaEditor
          key={area.key}
          area={area}
          index={i}
          total={areas.length}
          firstNumber={firstNumbers[i]!}
          errors={errors}
          onChange={(next) => onChange(areas.map((a, j) => (j === i ? next : a)))}
          onMove={(by) => move(i, by)}
          onRemove={() => {
            onChange(areas.filter((_, j) => j !== i));
            focusLater('ed-add-area');
          }}
        />
      ))}
      <button type="button" id="ed-add-area" className="ds-button" data-variant="secondary" onClick={add}>
        <span aria-hidden="true">+ </span>
        {t.editor.addFocusArea}
      </button>
    </section>
  );
}
