/**
 * Adding an outcome indicator: a name, which direction is better, and what
 * is measured (a BRÅ category, Polisen's events, a share or an index of the
 * kommun's trygghetsmätning, an outside survey's result, or a sum from the
 * activities). The survey choices come from the trygghetsmätning template.
 */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { IndicatorDefinition } from '../api/outcomes.ts';
import type { StoredPromiseSet } from '../api/promises.ts';
import { CRIME_CATEGORIES } from '../../domain/statistics/categories.ts';
import { EVENT_CATEGORIES } from '../../domain/statistics/polisen-types.ts';
import { TRYGGHET_TEMPLATE } from '../../domain/surveys/template.ts';
import { SelectField, TextField } from '../ui/fields.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { apiFormErrors, fieldError, type FormError } from '../ui/form-errors.ts';

type What = 'bra' | 'polisen' | 'survey_share' | 'survey_index' | 'outside' | 'activity_outcome';
const WHATS: What[] = ['bra', 'polisen', 'survey_share', 'survey_index', 'outside', 'activity_outcome'];

/** Shares a kommun usually follows, with the answers that count as "yes". */
const SHARES: Record<string, string[]> = {
  unsafe_late: ['very_unsafe', 'fairly_unsafe'],
  worry: ['often', 'sometimes'],
  victimisation: ['theft', 'vandalism', 'threat', 'assault', 'fraud', 'harassment'],
};

const problemItems = () => {
  const q = TRYGGHET_TEMPLATE.questions.find((x) => x.kind === 'problem');
  return q && q.kind === 'problem' ? q.items : [];
};

interface State {
  title: string;
  desired: 'decrease' | 'increase';
  what: What;
  category: string;
  comparison: '' | 'lan' | 'riket';
  share: string;
  item: string;
  outsideSource: 'polisen_trygghetsmatning' | 'bra_ntu' | 'scb_medborgarundersokning';
  outsideItem: string;
  outsideMeasure: 'survey_share' | 'survey_index';
  commitmentId: string;
  key: string;
}

function definitionOf(s: State): IndicatorDefinition {
  switch (s.what) {
    case 'bra':
    case 'polisen':
      return { kind: 'crime', source: s.what, category: s.category, comparison: s.comparison || null };
    case 'survey_share':
      return { kind: 'survey_share', questionId: s.share, options: SHARES[s.share] ?? [] };
    case 'survey_index':
      return { kind: 'survey_index', questionId: 'problems', itemId: s.item || null };
    case 'outside':
      return s.outsideMeasure === 'survey_share'
        ? { kind: 'survey_share', outside: { source: s.outsideSource, item: s.outsideItem, areaName: null } }
        : {
            kind: 'survey_index',
            itemId: null,
            outside: { source: s.outsideSource, item: s.outsideItem, areaName: null },
          };
    case 'activity_outcome':
      return { kind: 'activity_outcome', commitmentId: s.commitmentId, key: s.key };
  }
}

export function IndicatorForm({
  set,
  onAdd,
  pending,
}: {
  set: StoredPromiseSet;
  onAdd: (body: { title: string; desired: State['desired']; definition: IndicatorDefinition }) => Promise<unknown>;
  pending: boolean;
}) {
  const { t, lang } = useI18n();
  const a = t.outcomes.add;
  const commitments = set.focusAreas.flatMap((f) => f.commitments);
  const initial: State = {
    title: '',
    desired: 'decrease',
    what: 'bra',
    category: 'bostadsinbrott',
    comparison: 'lan',
    share: 'unsafe_late',
    item: '',
    outsideSource: 'polisen_trygghetsmatning',
    outsideItem: '',
    outsideMeasure: 'survey_index',
    commitmentId: commitments[0]?.id ?? '',
    key: commitments[0]?.followUp[0] ?? '',
  };
  const [s, setS] = useState<State>(initial);
  const [errors, setErrors] = useState<FormError[]>([]);
  const set1 = <K extends keyof State>(k: K, v: State[K]) => setS((x) => ({ ...x, [k]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors([]);
    try {
      await onAdd({ title: s.title, desired: s.desired, definition: definitionOf(s) });
      setS(initial);
    } catch (err) {
      setErrors(apiFormErrors(err, { title: 'ind-title', definition: 'ind-what' }));
    }
  };
  const labelOf = (x: { label: string; labelEn: string }) => (lang === 'sv' ? x.label : x.labelEn);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="ind-form-heading">
      <h3 id="ind-form-heading" className="ds-heading" data-size="2xs">
        {a.heading}
      </h3>
      <ErrorSummary errors={errors} />
      <TextField
        id="ind-title"
        label={a.title}
        hint={a.titleHelp}
        value={s.title}
        onChange={(e) => set1('title', e.target.value)}
        error={fieldError(errors, 'ind-title')}
        required
      />
      <SelectField
        id="ind-desired"
        label={a.desired}
        value={s.desired}
        onChange={(e) => set1('desired', e.target.value as State['desired'])}
      >
        <option value="decrease">{a.decrease}</option>
        <option value="increase">{a.increase}</option>
      </SelectField>
      <SelectField
        id="ind-what"
        label={a.kind}
        value={s.what}
        onChange={(e) => {
          const what = e.target.value as What;
          setS((x) => ({
            ...x,
            what,
            category: what === 'polisen' ? 'stöld och inbrott' : what === 'bra' ? 'bostadsinbrott' : x.category,
          }));
        }}
        error={fieldError(errors, 'ind-what')}
      >
        {WHATS.map((w) => (
          <option key={w} value={w}>
            {a.kinds[w]}
          </option>
        ))}
      </SelectField>
      {s.what === 'bra' && (
        <SelectField
          id="ind-category"
          label={a.category}
          value={s.category}
          onChange={(e) => set1('category', e.target.value)}
        >
          {CRIME_CATEGORIES.map((c) => (
            <option key={c.key} value={c.key}>
              {labelOf(c)}
            </option>
          ))}
        </SelectField>
      )}
      {s.what === 'polisen' && (
        <SelectField
          id="ind-event"
          label={a.eventCategory}
          value={s.category}
          onChange={(e) => set1('category', e.target.value)}
        >
          {EVENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
      )}
      {(s.what === 'bra' || s.what === 'polisen') && (
        <SelectField
          id="ind-comparison"
          label={a.comparison}
          value={s.comparison}
          onChange={(e) => set1('comparison', e.target.value as State['comparison'])}
        >
          <option value="">{a.comparisonNone}</option>
          <option value="lan">{a.comparisonLan}</option>
          <option value="riket">{a.comparisonRiket}</option>
        </SelectField>
      )}
      {s.what === 'survey_share' && (
        <SelectField id="ind-share" label={a.question} value={s.share} onChange={(e) => set1('share', e.target.value)}>
          {Object.keys(SHARES).map((k) => (
            <option key={k} value={k}>
              {a.shares[k]}
            </option>
          ))}
        </SelectField>
      )}
      {s.what === 'survey_index' && (
        <SelectField id="ind-item" label={a.item} value={s.item} onChange={(e) => set1('item', e.target.value)}>
          <option value="">{a.overall}</option>
          {problemItems().map((i) => (
            <option key={i.id} value={i.id}>
              {(lang === 'en' && i.text.en) || i.text.sv}
            </option>
          ))}
        </SelectField>
      )}
      {s.what === 'outside' && (
        <>
          <SelectField
            id="ind-outside-source"
            label={a.outsideSource}
            value={s.outsideSource}
            onChange={(e) => set1('outsideSource', e.target.value as State['outsideSource'])}
          >
            {Object.entries(a.outsideSources).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </SelectField>
          <TextField
            id="ind-outside-item"
            label={a.outsideItem}
            value={s.outsideItem}
            onChange={(e) => set1('outsideItem', e.target.value)}
          />
          <SelectField
            id="ind-outside-measure"
            label={a.outsideMeasure}
            value={s.outsideMeasure}
            onChange={(e) => set1('outsideMeasure', e.target.value as State['outsideMeasure'])}
          >
            <option value="survey_index">{a.outsideIndex}</option>
            <option value="survey_share">{a.outsideShare}</option>
          </SelectField>
        </>
      )}
      {s.what === 'activity_outcome' && (
        <>
          <SelectField
            id="ind-commitment"
            label={a.commitment}
            value={s.commitmentId}
            onChange={(e) => set1('commitmentId', e.target.value)}
          >
            {commitments.map((c) => (
              <option key={c.id} value={c.id}>
                {c.text}
              </option>
            ))}
          </SelectField>
          <TextField id="ind-key" label={a.outcomeKey} value={s.key} onChange={(e) => set1('key', e.target.value)} />
        </>
      )}
      <button type="submit" className="ds-button" disabled={pending}>
        {a.submit}
      </button>
    </form>
  );
}
