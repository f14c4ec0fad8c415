/**
 * The answering form, rendered on the server: every input has a label,
 * radio and checkbox groups sit in a fieldset with a legend, hints and
 * errors are tied to their fields with aria-describedby, and an error
 * summary at the top links to each field. No JavaScript is needed.
 */
import { fieldName, type AnswerError } from '../../domain/surveys/answers.ts';
import { PROBLEM_LEVEL_LABELS } from '../../domain/surveys/labels.ts';
import {
  PROBLEM_LEVELS,
  textIn,
  type Answers,
  type LocalizedText,
  type Question,
  type QuestionOf,
  type SurveyLanguage,
} from '../../domain/surveys/types.ts';
import { SURVEY_STRINGS, type SurveyStrings } from '../../i18n/surveys.ts';
import { html, raw, type Raw } from '../public/html.ts';
import { ui, uiMark } from './ui-lang.ts';

/** Whether the survey's own text lacks the page's language, so its Swedish stands in (issue 18). */
const swedishOnly = (text: LocalizedText, lang: SurveyLanguage) => lang !== 'sv' && !text[lang]?.trim();

/** The survey's own text in the page's language, or its Swedish marked lang="sv" so screen readers switch voice. */
function own(text: LocalizedText, lang: SurveyLanguage): Raw | string {
  return swedishOnly(text, lang) ? html`<span lang="sv">${text.sv}</span>` : textIn(text, lang);
}

/** ` lang="sv"` for an element (an option, a choice's label) whose survey text is the Swedish standing in. */
const ownMark = (text: LocalizedText, lang: SurveyLanguage) => (swedishOnly(text, lang) ? raw(' lang="sv"') : null);

/** An error to show: where it links to, the field it belongs to and its words. */
export interface ShownError {
  /** The id of the input the summary links to. */
  target: string;
  /** The question (and item) it belongs to, "" for the form as a whole. */
  key: string;
  /** "Fråga 3": the page's own words. */
  label?: string;
  /** The problem item's text: the survey's words. */
  item?: string;
  message: string;
}

export interface FormState {
  lang: SurveyLanguage;
  answers: Answers;
  errors: ShownError[];
  code?: string;
}

export const inputId = (...parts: string[]): string => ['q', ...parts].join('--');
export const CODE_INPUT_ID = 'answer-code';

const SELECT_ABOVE = 10;

/** The input an error on this question (or item) links to: its first option. */
export function firstInputId(q: Question, itemId?: string): string {
  if (q.kind === 'problem') return inputId(q.id, itemId ?? q.items[0]?.id ?? '', PROBLEM_LEVELS[0]);
  if (q.kind === 'text' || (q.kind === 'area' && q.options.length > SELECT_ABOVE)) return inputId(q.id);
  if (q.kind === 'scale') return inputId(q.id, String(q.min));
  return inputId(q.id, q.options[0]?.value ?? '');
}

export function errorMessage(q: Question | undefined, e: AnswerError, t: SurveyStrings, lang: SurveyLanguage): string {
  switch (e.code) {
    case 'required':
      return t.errRequired;
    case 'too_long':
      return t.errTooLong(q?.kind === 'text' ? q.maxLength : 0);
    case 'exclusive': {
      const label = q?.kind === 'multiple' ? q.options.find((o) => o.value === q.exclusive)?.label : undefined;
      return t.errExclusive(label ? textIn(label, lang) : '');
    }
    case 'empty':
      return t.errEmpty;
    default:
      return t.errInvalid;
  }
}

interface Ctx {
  state: FormState;
  t: SurveyStrings;
  no: number;
}

function errorFor(ctx: Ctx, key: string, id: string): Raw | null {
  const e = ctx.state.errors.find((x) => x.key === key);
  return e
    ? html`<p class="error-message" id="${id}-error"${uiMark(ctx.state.lang)}><span class="visually-hidden">${ctx.t.errorTitle}</span>${e.message}</p>`
    : null;
}

const describedBy = (...ids: (string | null)[]) => {
  const list = ids.filter(Boolean).join(' ');
  return list ? raw(` aria-describedby="${list}"`) : null;
};

function legend(q: Question, ctx: Ctx): Raw {
  const marker = q.required ? html` <span class="required"${uiMark(ctx.state.lang)}>(${ctx.t.required})</span>` : null;
  return html`<span class="qno">${ctx.no}.</span> ${own(q.text, ctx.state.lang)}${marker}`;
}

function hint(q: Question, ctx: Ctx, extra?: string): { el: Raw | null; id: string | null } {
  const help = q.help ? own(q.help, ctx.state.lang) : null;
  const id = `${inputId(q.id)}-hint`;
  if (!help && !extra) return { el: null, id: null };
  return {
    el: html`<p class="hint" id="${id}">${help}${help && extra ? ' ' : ''}${extra ? ui(ctx.state.lang, extra) : null}</p>`,
    id,
  };
}

interface ChoiceOption {
  value: string;
  label: string;
  mark?: Raw | null;
}

function choices(
  name: string,
  idBase: string[],
  options: ChoiceOption[],
  type: 'radio' | 'checkbox',
  chosen: string[],
): Raw {
  return html`<div class="choices ${type === 'checkbox' ? 'checkboxes' : 'radios'}">${options.map((o) => {
    const id = inputId(...idBase, o.value);
    const checked = chosen.includes(o.value) ? raw(' checked') : null;
    return html`<div class="choice"><input type="${type}" id="${id}" name="${name}" value="${o.value}"${checked}><label for="${id}"${o.mark ?? null}>${o.label}</label></div>`;
  })}</div>`;
}

function groupQuestion(
  q: Question,
  ctx: Ctx,
  options: ChoiceOption[],
  type: 'radio' | 'checkbox',
  extraHint?: string,
): Raw {
  const h = hint(q, ctx, extraHint);
  const err = errorFor(ctx, q.id, inputId(q.id));
  const value = ctx.state.answers[q.id];
  const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return html`<div class="question${err ? ' has-error' : ''}"><fieldset${describedBy(h.id, err ? `${inputId(q.id)}-error` : null)}>
<legend>${legend(q, ctx)}</legend>${h.el}${err}${choices(fieldName(q.id), [q.id], options, type, chosen)}</fieldset></div>`;
}

function selectQuestion(q: QuestionOf<'area'>, ctx: Ctx): Raw {
  const id = inputId(q.id);
  const h = hint(q, ctx);
  const err = errorFor(ctx, q.id, id);
  const value = ctx.state.answers[q.id];
  return html`<div class="question${err ? ' has-error' : ''}"><label class="label" for="${id}">${legend(q, ctx)}</label>${h.el}${err}
<select id="${id}" name="${fieldName(q.id)}"${describedBy(h.id, err ? `${id}-error` : null)}><option value=""${uiMark(ctx.state.lang)}>${ctx.t.chooseArea}</option>${q.options.map(
    (o) =>
      html`<option value="${o.value}"${value === o.value ? raw(' selected') : null}${ownMark(o.label, ctx.state.lang)}>${textIn(o.label, ctx.state.lang)}</option>`,
  )}</select></div>`;
}

function textQuestion(q: QuestionOf<'text'>, ctx: Ctx): Raw {
  const id = inputId(q.id);
  const h = hint(q, ctx, ctx.t.maxChars(q.maxLength));
  const err = errorFor(ctx, q.id, id);
  const value = ctx.state.answers[q.id];
  return html`<div class="question${err ? ' has-error' : ''}"><label class="label" for="${id}">${legend(q, ctx)}</label>${h.el}${err}
<textarea id="${id}" name="${fieldName(q.id)}" rows="6" maxlength="${q.maxLength}"${describedBy(h.id, err ? `${id}-error` : null)}>${typeof value === 'string' ? value : ''}</textarea></div>`;
}

function problemQuestion(q: QuestionOf<'problem'>, ctx: Ctx): Raw {
  const h = hint(q, ctx);
  const given = ctx.state.answers[q.id];
  const levels = (typeof given === 'object' && !Array.isArray(given) ? given : {}) as Record<string, string>;
  const lang = ctx.state.lang;
  const options = PROBLEM_LEVELS.map((l) => ({
    value: l,
    label: textIn(PROBLEM_LEVEL_LABELS[l], lang),
    mark: PROBLEM_LEVEL_LABELS[l][lang] ? null : uiMark(lang),
  }));
  const items = q.items.map((item) => {
    const key = `${q.id}/${item.id}`;
    const err = errorFor(ctx, key, inputId(q.id, item.id));
    const chosen = levels[item.id] ? [levels[item.id]!] : [];
    return html`<fieldset class="problem-item${err ? ' has-error' : ''}"${describedBy(err ? `${inputId(q.id, item.id)}-error` : null)}>
<legend>${own(item.text, ctx.state.lang)}</legend>${err}${choices(fieldName(q.id, item.id), [q.id, item.id], options, 'radio', chosen)}</fieldset>`;
  });
  return html`<div class="question problem"><fieldset${describedBy(h.id)}><legend>${legend(q, ctx)}</legend>${h.el}${items}</fieldset></div>`;
}

function questionHtml(q: Question, ctx: Ctx): Raw {
  const lang = ctx.state.lang;
  switch (q.kind) {
    case 'problem':
      return problemQuestion(q, ctx);
    case 'text':
      return textQuestion(q, ctx);
    case 'multiple':
      return groupQuestion(
        q,
        ctx,
        q.options.map((o) => ({ value: o.value, label: textIn(o.label, lang), mark: ownMark(o.label, lang) })),
        'checkbox',
        q.help ? undefined : ctx.t.chooseMany,
      );
    case 'scale': {
      const options = Array.from({ length: q.max - q.min + 1 }, (_, i) => {
        const v = q.min + i;
        const end = v === q.min ? q.minLabel : v === q.max ? q.maxLabel : null;
        return {
          value: String(v),
          label: end ? `${v} – ${textIn(end, lang)}` : String(v),
          mark: end ? ownMark(end, lang) : null,
        };
      });
      return groupQuestion(q, ctx, options, 'radio');
    }
    case 'area':
      if (q.options.length > SELECT_ABOVE) return selectQuestion(q, ctx);
      return groupQuestion(
        q,
        ctx,
        q.options.map((o) => ({ value: o.value, label: textIn(o.label, lang) })),
        'radio',
      );
    default:
      return groupQuestion(
        q,
        ctx,
        q.options.map((o) => ({ value: o.value, label: textIn(o.label, lang), mark: ownMark(o.label, lang) })),
        'radio',
      );
  }
}

export function errorSummary(state: FormState): Raw | null {
  if (!state.errors.length) return null;
  const t = SURVEY_STRINGS[state.lang];
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title"${uiMark(state.lang)}>${t.errorSummary}</h2>
<ul>${state.errors.map((e) => html`<li><a href="#${e.target}">${e.label ? ui(state.lang, e.label) : null}${e.item ? `, ${e.item}` : null}${e.label ? ': ' : null}${ui(state.lang, e.message)}</a></li>`)}</ul></div>`;
}

function codeField(state: FormState): Raw {
  const t = SURVEY_STRINGS[state.lang];
  const err = state.errors.find((e) => e.key === 'code');
  const errEl = err
    ? html`<p class="error-message" id="${CODE_INPUT_ID}-error"${uiMark(state.lang)}><span class="visually-hidden">${t.errorTitle}</span>${err.message}</p>`
    : null;
  const mark = uiMark(state.lang);
  return html`<div class="question code${err ? ' has-error' : ''}"><label class="label" for="${CODE_INPUT_ID}"${mark}>${t.codeLabel}</label>
<p class="hint" id="${CODE_INPUT_ID}-hint"${mark}>${t.codeHelp}</p>${errEl}
<input type="text" id="${CODE_INPUT_ID}" name="code" value="${state.code ?? ''}" autocomplete="off" autocapitalize="characters" spellcheck="false"
 class="code-input"${describedBy(`${CODE_INPUT_ID}-hint`, err ? `${CODE_INPUT_ID}-error` : null)}></div>`;
}

/** `preview`: the staff's look at a survey not yet answered; its button sends nothing. */
export function surveyForm(
  questions: readonly Question[],
  state: FormState,
  action: string,
  withCode: boolean,
  preview = false,
): Raw {
  const t = SURVEY_STRINGS[state.lang];
  return html`<form method="post" action="${action}" novalidate class="survey-form">
${withCode ? codeField(state) : null}
${questions.map((q, i) => questionHtml(q, { state, t, no: i + 1 }))}
<div class="actions"><button type="submit" class="button"${uiMark(state.lang)}${preview ? raw(' disabled') : null}>${t.submit}</button></div>
</form>`;
}
