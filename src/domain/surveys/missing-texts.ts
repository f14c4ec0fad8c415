/**
 * What a survey still lacks in a language it is offered in, named the way
 * the builder names its fields ("Titel på engelska saknas", "Fråga 2:
 * svarsalternativet "Ja" på engelska saknas"), not by internal paths.
 * Shared by the staff app (the overview's list) and the API (a refused
 * publish). No zod and no I/O, so the browser bundle can import it.
 */
import type { Problem, QuestionShape } from './rules.ts';

type Lang = 'sv' | 'en' | 'fi' | 'fit';
type Texts = Partial<Record<Lang, string>> & { sv: string };

const IN_LANG: Record<Lang, Problem> = {
  sv: { sv: 'på svenska', en: 'in Swedish' },
  en: { sv: 'på engelska', en: 'in English' },
  fi: { sv: 'på finska', en: 'in Finnish' },
  fit: { sv: 'på meänkieli', en: 'in Meänkieli' },
};

/** The parts of a survey whose texts are looked at. */
export interface SurveyTexts {
  title: Texts;
  questions: readonly (QuestionShape & {
    help?: Texts;
    minLabel?: Texts;
    maxLabel?: Texts;
  })[];
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s);

/** Every text missing in `lang`, in the order the builder shows them. */
export function missingTexts(survey: SurveyTexts, lang: Lang): Problem[] {
  const where = IN_LANG[lang];
  const out: Problem[] = [];
  const missing = (t: Texts | undefined) => Boolean(t && !t[lang]);
  if (missing(survey.title)) out.push({ sv: `Titel ${where.sv} saknas`, en: `Title ${where.en} is missing` });
  survey.questions.forEach((q, i) => {
    const n = i + 1;
    const add = (what: Problem) =>
      out.push({
        sv: `Fråga ${n}: ${what.sv} ${where.sv} saknas`,
        en: `Question ${n}: ${what.en} ${where.en} is missing`,
      });
    if (missing(q.text as Texts | undefined)) add({ sv: 'frågetext', en: 'question text' });
    if (missing(q.help)) add({ sv: 'hjälptext', en: 'help text' });
    // Area names are proper names, the same in every language.
    if (q.kind === 'area') return;
    for (const o of q.options ?? [])
      if (missing(o.label as Texts | undefined))
        add({ sv: `svarsalternativet "${short(o.label!.sv)}"`, en: `the option "${short(o.label!.sv)}"` });
    for (const item of q.items ?? [])
      if (missing(item.text as Texts | undefined))
        add({ sv: `påståendet "${short(item.text!.sv)}"`, en: `the item "${short(item.text!.sv)}"` });
    if (missing(q.minLabel)) add({ sv: 'texten vid lägsta värdet', en: 'the text at the lowest value' });
    if (missing(q.maxLabel)) add({ sv: 'texten vid högsta värdet', en: 'the text at the highest value' });
  });
  return out;
}

/** The languages, beside Swedish, in which every text is written: what a new survey is offered in unless asked. */
export function completeLanguages(survey: SurveyTexts, candidates: readonly Lang[]): Lang[] {
  return candidates.filter((l) => l === 'sv' || missingTexts(survey, l).length === 0);
}
