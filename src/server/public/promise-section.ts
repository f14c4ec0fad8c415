import type { StoredPromiseSet } from '../../app/promises/promise-sets.ts';
import { planWhat, type PlanCommitment } from '../../domain/promise-set.ts';
import type { PromiseTiming } from '../../domain/promise-timing.ts';
import { PUBLIC_STRINGS, type PublicLocale } from '../../i18n/public.ts';
import type { Target } from '../../domain/promise-document.ts';
import type { CommitmentProgress } from '../../domain/progress/index.ts';
import { describeTargetEn, describeTargetSv } from '../../reports/target-text.ts';
import { longDate } from '../../app/public/words.ts';
import { figureText, shownFigure } from '../../domain/progress/figure.ts';
import { statusWord } from '../../domain/progress/status.ts';
import { html, type Raw } from './html.ts';
import { followUpCell, itemKey, promiseSetTexts, shownText } from '../../domain/translations/index.ts';
import { NO_TRANSLATIONS, onlyInSwedishNote, SectionTexts, type Translations } from './translated.ts';

export { longDate };

/** The period in words, in the tense of its timing: "Gäller …", "Har inte börjat ännu …", "Gällde …". */
function periodText(period: StoredPromiseSet['period'], timing: PromiseTiming, locale: PublicLocale): string | null {
  const t = PUBLIC_STRINGS[locale];
  if (!period) return timing === 'ended' ? t.periodClosed : null;
  const from = longDate(period.from, locale);
  const to = period.to ? longDate(period.to, locale) : null;
  if (timing === 'coming') return t.periodComing(from, to);
  if (timing === 'ended') return to ? t.periodEnded(from, to) : t.periodClosed;
  return to ? t.periodCurrent(from, to) : t.periodOpen(from);
}

const PARTY_SV: Record<string, string> = { polisen: 'Polisen', kommunen: 'kommunen' };
/** The two parties in the reader's language (poliisi and kunta in Finnish and Meänkieli); other partners as written. */
const PARTY_NAMES: Partial<Record<PublicLocale, Record<string, string>>> = {
  en: { polisen: 'the police', kommunen: 'the municipality' },
  fi: { polisen: 'poliisi', kommunen: 'kunta' },
  fit: { polisen: 'poliisi', kommunen: 'kunta' },
};
const AND: Record<PublicLocale, string> = { sv: ' och ', en: ' and ', fi: ' ja ', fit: ' ja ' };

/** "Polisen och kommunen", "Polisen, kommunen och skolan". */
export function partiesText(parties: string[], locale: PublicLocale): string {
  const names = parties.map((p, i) => {
    const name = (PARTY_NAMES[locale] ?? PARTY_SV)[p] ?? p;
    return i === 0 ? name.charAt(0).toUpperCase() + name.slice(1) : name;
  });
  const and = AND[locale];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
}

/** "minst 2 per halvår", plus further amounts with their places; English keeps the unit as written. */
export function targetText(
  c: { target: Target; targets: { target: Target; place: string | null }[] },
  locale: PublicLocale,
): string {
  const describe = (t: Target) =>
    t.kind === 'none' ? PUBLIC_STRINGS[locale].targetNone : locale === 'en' ? describeTargetEn(t) : describeTargetSv(t);
  const extra = c.targets.map((t) => `${describe(t.target)}${t.place ? ` (${t.place})` : ''}`);
  return [describe(c.target), ...extra].join('; ');
}

/**
 * "Uppfyllt – 2 av 2 insatser under första halvåret 2019": the status and
 * the number of the same span (progress/figure.ts), with a bar that repeats
 * the same numbers for the eye.
 */
export function progressBlock(
  target: Target,
  p: CommitmentProgress,
  at: string,
  locale: PublicLocale,
  periodFrom: string | null = null,
): Raw {
  const figure = shownFigure(target, p, at, periodFrom);
  const share = figure.required ? Math.min(100, Math.round((figure.done / figure.required) * 100)) : null;
  return html`<div class="progress">
<p class="status status-${figure.status}"><strong>${statusWord(figure.status, locale)}</strong> – ${figureText(figure, target, locale)}</p>
${share !== null ? html`<div class="bar" aria-hidden="true"><span style="width:${share}%"></span></div>` : ''}
${p.lastActivityDate ? html`<p class="meta">${PUBLIC_STRINGS[locale].lastDone}: ${longDate(p.lastActivityDate, locale)}</p>` : ''}
</div>`;
}

type SetCommitment = StoredPromiseSet['focusAreas'][number]['commitments'][number];

/** The När cell: the plan's own words, else the target in words; a condition follows in parentheses. */
function whenText(c: PlanCommitment, locale: PublicLocale, texts: SectionTexts): Raw | string {
  const ownWhen = c.when?.trim();
  const target = () =>
    locale === 'fi' || locale === 'fit'
      ? // The target in words exists in Swedish and English only: the Swedish, marked as such.
        html`<span lang="sv">${targetText(c, 'sv')}</span>`
      : targetText(c, locale);
  const own = ownWhen && c.id ? texts.text(itemKey.when(c.id), ownWhen) : ownWhen || target();
  const condition = c.condition?.trim();
  if (!condition) return own;
  return html`${own} (${c.id ? texts.text(itemKey.condition(c.id), condition) : condition})`;
}

/**
 * A genomförandeplan row as labelled cells (Vad, När, Samverkan, Ansvarig,
 * Uppföljning): a definition list, so a phone shows each label beside or
 * above its value and a screen reader names every cell, without JavaScript.
 */
export function planCells(
  c: SetCommitment,
  focusArea: string,
  locale: PublicLocale,
  texts = new SectionTexts(NO_TRANSLATIONS, 'sv'),
): Raw {
  const t = PUBLIC_STRINGS[locale];
  // Staff's own words in the reader's language where translated (src/server/public/translated.ts).
  const own = (key: (id: string) => string, sv: string) => (c.id && sv ? texts.text(key(c.id), sv) : sv);
  const rows: [string, Raw | string][] = [
    [t.planWhat, own(itemKey.what, planWhat(c, focusArea))],
    [t.planWhen, whenText(c, locale, texts)],
    [t.planPartners, partiesText(c.partners, locale)],
    [t.planResponsible, partiesText(c.responsible, locale)],
    [t.planFollowUp, own(itemKey.followUp, followUpCell(c.followUp))],
  ];
  return html`<dl class="plan">${rows
    .filter(([, value]) => value !== '')
    .map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>`;
}

function commitmentItem(
  c: SetCommitment,
  focusArea: string,
  locale: PublicLocale,
  progress: Map<string, CommitmentProgress>,
  at: string,
  periodFrom: string | null,
  texts: SectionTexts,
): Raw {
  const p = c.id ? progress.get(c.id) : undefined;
  return html`<li class="commitment">${planCells(c, focusArea, locale, texts)}${p ? progressBlock(c.target, p, at, locale, periodFrom) : ''}</li>`;
}

export interface PromiseSectionOptions {
  progress?: Map<string, CommitmentProgress>;
  at?: string;
  headingLevel?: 2 | 3;
  /** Decides the tense of the period line; a current promise unless told otherwise. */
  timing?: PromiseTiming;
  /** Staff's translations of the set's texts (item → language); none: every text in Swedish. */
  translations?: Translations;
}

/**
 * Which of the set's texts show in Swedish for want of a translation. When
 * none is translated, one note under the set's heading says so; otherwise
 * each focus area holding a Swedish text says it under its own heading.
 */
function fallbacks(set: StoredPromiseSet, locale: PublicLocale, translations: Translations) {
  const texts = promiseSetTexts(set);
  const swedish = texts.filter((t) => shownText(translations, t.item, t.sv, locale).swedish);
  return {
    whole: swedish.length > 0 && swedish.length === texts.length,
    title: swedish.some((t) => t.item === 'title'),
  };
}

/** The set's heading and period, without its commitments (an ended promise adds its result below). */
export function promiseHeader(
  set: StoredPromiseSet,
  locale: PublicLocale,
  level: number,
  timing: PromiseTiming,
  translations: Translations = NO_TRANSLATIONS,
): Raw {
  const period = periodText(set.period, timing, locale);
  const own = set.title ? shownText(translations, 'title', set.title, locale) : null;
  const title = own?.text ?? PUBLIC_STRINGS[locale].setCol;
  const fell = fallbacks(set, locale, translations);
  return html`<h${String(level)} id="ps-${set.id}"${own?.swedish ? html` lang="sv"` : ''}>${title}</h${String(level)}>
${period ? html`<p class="period">${period}</p>` : ''}
${fell.whole || fell.title ? onlyInSwedishNote(locale) : ''}
${set.signedAt ? html`<p class="signed">${PUBLIC_STRINGS[locale].signed} ${longDate(set.signedAt, locale)}</p>` : ''}`;
}

/** The commitments under their focus areas, headed one level below `level`. */
export function commitmentList(
  set: StoredPromiseSet,
  locale: PublicLocale,
  level: number,
  progress: Map<string, CommitmentProgress> = new Map(),
  at = '',
  translations: Translations = NO_TRANSLATIONS,
): Raw {
  const whole = fallbacks(set, locale, translations).whole;
  return html`${set.focusAreas.map((area) => {
    const texts = new SectionTexts(translations, locale);
    const heading = area.title && area.id ? texts.text(itemKey.focusArea(area.id), area.title) : area.title;
    const items = area.commitments.map((c) =>
      commitmentItem(c, area.title, locale, progress, at, set.period?.from ?? null, texts),
    );
    return html`<section class="focus-area">
<h${String(level + 1)}>${heading || PUBLIC_STRINGS[locale].ourPromises}</h${String(level + 1)}>
${whole ? '' : texts.note()}
<ul class="commitments">
${items}
</ul>
</section>`;
  })}`;
}

/** The published promise set in plain words: what we promised, who does it, how far it has come. */
export function promiseSection(set: StoredPromiseSet, locale: PublicLocale, options: PromiseSectionOptions = {}): Raw {
  const { progress = new Map(), at = '', headingLevel = 2, timing = 'current', translations } = options;
  return html`<section class="promise-set" aria-labelledby="ps-${set.id}">
${promiseHeader(set, locale, headingLevel, timing, translations)}
${commitmentList(set, locale, headingLevel, progress, at, translations)}
</section>`;
}
