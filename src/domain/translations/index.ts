/**
 * Staff-written content in Finnish, Meänkieli and English beside the
 * Swedish (issue 18): which texts of a promise set and a follow-up can be
 * translated, and which text a reader sees. A translation belongs to the
 * Swedish text it was written from (`source`): when a later version of the
 * promise changes that Swedish, the old translation is not shown any more
 * (the reader gets the Swedish and the note) and staff see it as outdated.
 */
import { planWhat, type PromiseSetDocument } from '../promise-set.ts';

/** The languages staff can write content in beside the Swedish: Finnish, Meänkieli, English. */
export const CONTENT_LANGUAGES = ['fi', 'fit', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const isContentLanguage = (value: string): value is ContentLanguage =>
  (CONTENT_LANGUAGES as readonly string[]).includes(value);

export const TRANSLATION_SUBJECTS = ['promise_set', 'follow_up'] as const;
export type TranslationSubject = (typeof TRANSLATION_SUBJECTS)[number];

/** The longest translated text (a follow-up's summary can be long). */
export const TRANSLATION_MAX = 20_000;

/** What a text is, so the staff form can say where it stands ("Fokusområde", "Löfte 3 – Vad"). */
export type TranslationPart =
  | 'title'
  | 'focusArea'
  | 'what'
  | 'when'
  | 'condition'
  | 'followUp'
  | 'summary'
  | 'citizensSaid'
  | 'nextSteps'
  | 'comment';

/** One translatable text: its key within its subject, what it is, and the Swedish as it stands now. */
export interface TranslatableText {
  item: string;
  part: TranslationPart;
  /** The promise's number in the set (1, 2, …) for the texts of one promise; null for the rest. */
  promiseNo: number | null;
  sv: string;
}

/** A stored translation: its text and the Swedish it was written from. */
export interface StoredTranslation {
  text: string;
  source: string;
}

/** Every stored translation of one subject: item → language → translation. */
export type Translations = ReadonlyMap<string, Partial<Record<ContentLanguage, StoredTranslation>>>;

export const NO_TRANSLATIONS: Translations = new Map();

/** Whitespace at the ends and runs of spaces do not make a Swedish text another text. */
const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');

/** A translation that still matches its Swedish text; undefined when missing or written from an older Swedish text. */
export function currentTranslation(
  translations: Translations,
  item: string,
  sv: string,
  lang: ContentLanguage,
): string | undefined {
  const t = translations.get(item)?.[lang];
  return t && same(t.source, sv) ? t.text : undefined;
}

/** A text as a reader sees it: in the page's language, or the Swedish (marked lang="sv") when not translated. */
export interface ShownText {
  text: string;
  /** True when the Swedish stands in for a missing translation. */
  swedish: boolean;
}

/** The text in `locale`: Swedish on a Swedish page, the translation where there is one, else the Swedish. */
export function shownText(translations: Translations, item: string, sv: string, locale: string): ShownText {
  if (locale === 'sv' || !isContentLanguage(locale)) return { text: sv, swedish: false };
  const t = currentTranslation(translations, item, sv, locale);
  return t === undefined ? { text: sv, swedish: true } : { text: t, swedish: false };
}

/** Item keys: fixed names, or a part and the id of the focus area or commitment it belongs to. */
export const itemKey = {
  focusArea: (id: string) => `focusArea:${id}`,
  what: (id: string) => `what:${id}`,
  when: (id: string) => `when:${id}`,
  condition: (id: string) => `condition:${id}`,
  followUp: (id: string) => `followUp:${id}`,
  comment: (commitmentId: string) => `comment:${commitmentId}`,
};

/** The Uppföljning cell of a plan row as one text. */
export const followUpCell = (followUp: readonly string[]): string =>
  followUp
    .map((f) => f.trim())
    .filter(Boolean)
    .join('; ');

const text = (item: string, part: TranslationPart, sv: string | null | undefined, promiseNo: number | null = null) =>
  sv?.trim() ? [{ item, part, promiseNo, sv: sv.trim() }] : [];

/**
 * The texts of a promise set a reader sees on the public page: its title,
 * each focus area's title and, per promise, the Vad, its own När words, a
 * condition and the Uppföljning cell. Focus areas and commitments without
 * an id (never stored) have nothing to key a translation on.
 */
export function promiseSetTexts(
  set: Pick<PromiseSetDocument, 'title' | 'focusAreas'> & { focusAreas: { id?: string }[] },
): TranslatableText[] {
  const out: TranslatableText[] = [...text('title', 'title', set.title)];
  let no = 0;
  for (const area of set.focusAreas) {
    if (area.id) out.push(...text(itemKey.focusArea(area.id), 'focusArea', area.title));
    for (const c of area.commitments) {
      no += 1;
      if (!c.id) continue;
      out.push(
        ...text(itemKey.what(c.id), 'what', planWhat(c, area.title), no),
        ...text(itemKey.when(c.id), 'when', c.when, no),
        ...text(itemKey.condition(c.id), 'condition', c.condition, no),
        ...text(itemKey.followUp(c.id), 'followUp', followUpCell(c.followUp), no),
      );
    }
  }
  return out;
}

/** The written parts of a follow-up a reader sees: summary, what residents said, next steps, a comment per promise. */
export function followUpTexts(f: {
  summary: string | null;
  citizensSaid: string | null;
  nextSteps: string | null;
  items: { commitmentId: string; comment: string | null }[];
}): TranslatableText[] {
  return [
    ...text('summary', 'summary', f.summary),
    ...text('citizensSaid', 'citizensSaid', f.citizensSaid),
    ...text('nextSteps', 'nextSteps', f.nextSteps),
    ...f.items.flatMap((i, n) => text(itemKey.comment(i.commitmentId), 'comment', i.comment, n + 1)),
  ];
}
