/** The promise set's basic details (title, kommuner, LPO, period) and its prose sections. */
import { useI18n } from '../../i18n/i18n.tsx';
import { useOrganisationsOfKind } from '../../api/queries.ts';
import { TextAreaField, TextField } from '../../ui/fields.tsx';
import { fieldError, type FormError } from '../../ui/form-errors.ts';
import type { EditorDraft } from './draft-model.ts';
import { FIELD_IDS } from './validate.ts';
import { KommunPicker } from './KommunPicker.tsx';

interface SectionProps {
  draft: EditorDraft;
  onChange: (next: EditorDraft) => void;
  errors: readonly FormError[];
}

export function MetaFields({ draft, onChange, errors }: SectionProps) {
  const { t } = useI18n();
  const municipalities = useOrganisationsOfKind('municipality');
  const set = (patch: Partial<EditorDraft>) => onChange({ ...draft, ...patch });
  return (
    <section className="editor-section" aria-labelledby="ed-basics">
      <h2 id="ed-basics" className="ds-heading" data-size="sm">
        {t.editor.basics}
      </h2>
      <TextField
        id={FIELD_IDS.title}
        label={t.editor.title}
        value={draft.title}
        autoComplete="off"
        onChange={(e) => set({ title: e.target.value })}
        error={fieldError(errors, FIELD_IDS.title)}
      />
      <KommunPicker
        id={FIELD_IDS.municipalities}
        municipalities={municipalities.data ?? []}
        selected={draft.municipalities}
        onChange={(next) => set({ municipalities: next })}
        error={fieldError(errors, FIELD_IDS.municipalities)}
      />
      <TextField
        id="ed-police-area"
        label={t.editor.policeArea}
        hint={t.editor.policeAreaHint}
        value={draft.policeArea}
        autoComplete="off"
        onChange={(e) => set({ policeArea: e.target.value })}
      />
      <fieldset className="ds-fieldset period-fields">
        <legend className="ds-label">{t.editor.periodLegend}</legend>
        <TextField
          id={FIELD_IDS.periodFrom}
          type="date"
          label={t.editor.periodFrom}
          value={draft.periodFrom}
          onChange={(e) => set({ periodFrom: e.target.value })}
          error={fieldError(errors, FIELD_IDS.periodFrom)}
        />
        <TextField
          id={FIELD_IDS.periodTo}
          type="date"
          label={t.editor.periodTo}
          hint={t.editor.periodToHint}
          value={draft.periodTo}
          onChange={(e) => set({ periodTo: e.target.value })}
          error={fieldError(errors, FIELD_IDS.periodTo)}
        />
      </fieldset>
    </section>
  );
}

const PROSE = ['introduction', 'problemPicture', 'implementation', 'communication', 'followUpSection'] as const;

export function ProseFields({ draft, onChange }: Omit<SectionProps, 'errors'>) {
  const { t } = useI18n();
  return (
    <section className="editor-section" aria-labelledby="ed-texts">
      <h2 id="ed-texts" className="ds-heading" data-size="sm">
        {t.editor.texts}
      </h2>
      {PROSE.map((key) => (
        <TextAreaField
          key={key}
          id={`ed-${key}`}
          label={t.editor[key]}
          rows={4}
          value={draft[key]}
          onChange={(e) => onChange({ ...draft, [key]: e.target.value })}
        />
      ))}
    </section>
  );
}
