/**
 * The one status vocabulary (docs/progress-rules.md, "Statuses and the
 * number shown"): what a commitment's status is called, in Swedish and
 * English, and the headline of a follow-up. The staff app, the public pages,
 * the reports, the e-mails and the open data all take their words from here,
 * so a status cannot be "Risk att inte nås" in one place and "Ligger efter"
 * in another. The number shown beside a status is decided in figure.ts.
 */
import type { CommitmentStatus } from './types.ts';

/** Swedish and English everywhere; Finnish and Meänkieli on the public side (issue 18). */
export type Locale = 'sv' | 'en' | 'fi' | 'fit';

/**
 * The statuses as a follow-up item stores them (its verdict). Five of them
 * are the statuses progress decides (see STATUS_VERDICT); `delvis_uppfyllt`
 * is an ended span that fell short after something was done.
 */
export const VERDICTS = [
  'uppfyllt',
  'i_fas',
  'ligger_efter',
  'delvis_uppfyllt',
  'ej_uppfyllt',
  'foljs_upp_i_text',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The same status under the code progress uses (CommitmentStatus) and the one a follow-up stores. */
export const STATUS_VERDICT: Record<CommitmentStatus, Verdict> = {
  met: 'uppfyllt',
  on_track: 'i_fas',
  at_risk: 'ligger_efter',
  missed: 'ej_uppfyllt',
  not_measurable: 'foljs_upp_i_text',
};

interface Words {
  sv: string;
  en: string;
  /** After a number in a headline: "3 uppfyllda", "1 ligger efter". */
  svCount: (n: number) => string;
  enCount: string;
  /** Finnish and Meänkieli put the word before the number ("toteutunut 3"), so it needs no plural. */
  fi: string;
  fit: string;
}

const WORDS: Record<Verdict, Words> = {
  uppfyllt: {
    sv: 'Uppfyllt',
    en: 'Met',
    svCount: (n) => (n === 1 ? 'uppfyllt' : 'uppfyllda'),
    enCount: 'met',
    fi: 'Toteutunut',
    fit: 'Toteutunu',
  },
  i_fas: {
    sv: 'I fas',
    en: 'On track',
    svCount: () => 'i fas',
    enCount: 'on track',
    fi: 'Aikataulussa',
    fit: 'Aikataulussa',
  },
  ligger_efter: {
    sv: 'Ligger efter',
    en: 'Behind',
    svCount: () => 'ligger efter',
    enCount: 'behind',
    fi: 'Jäljessä',
    fit: 'Jäljessä',
  },
  delvis_uppfyllt: {
    sv: 'Delvis uppfyllt',
    en: 'Partly met',
    svCount: (n) => (n === 1 ? 'delvis uppfyllt' : 'delvis uppfyllda'),
    enCount: 'partly met',
    fi: 'Osittain toteutunut',
    fit: 'Osittain toteutunu',
  },
  ej_uppfyllt: {
    sv: 'Ej uppfyllt',
    en: 'Not met',
    svCount: (n) => (n === 1 ? 'ej uppfyllt' : 'ej uppfyllda'),
    enCount: 'not met',
    fi: 'Ei toteutunut',
    fit: 'Ei toteutunu',
  },
  foljs_upp_i_text: {
    sv: 'Följs upp i text',
    en: 'Followed up in writing',
    svCount: () => 'följs upp i text',
    enCount: 'followed up in writing',
    fi: 'Seurataan tekstinä',
    fit: 'Seurathaan tekstinä',
  },
};

export const VERDICT_SV: Record<Verdict, string> = Object.fromEntries(VERDICTS.map((v) => [v, WORDS[v].sv])) as Record<
  Verdict,
  string
>;
export const VERDICT_EN: Record<Verdict, string> = Object.fromEntries(VERDICTS.map((v) => [v, WORDS[v].en])) as Record<
  Verdict,
  string
>;

function asVerdict(status: CommitmentStatus | Verdict): Verdict {
  return status in STATUS_VERDICT ? STATUS_VERDICT[status as CommitmentStatus] : (status as Verdict);
}

/** "Ligger efter" / "Behind": a status by either code, as a label. */
export function statusWord(status: CommitmentStatus | Verdict, locale: Locale): string {
  return WORDS[asVerdict(status)][locale];
}

/**
 * A stored verdict as today's vocabulary. Follow-ups written before the
 * vocabulary was unified may hold `pagar` ("Pågår": the span was still
 * running); it is read as `i_fas`, the running status that claims nothing
 * about being behind.
 */
export function readVerdict(stored: string): Verdict {
  if ((VERDICTS as readonly string[]).includes(stored)) return stored as Verdict;
  return stored === 'pagar' ? 'i_fas' : 'foljs_upp_i_text';
}

export type VerdictCounts = Record<Verdict, number>;

export function countVerdicts(verdicts: Iterable<CommitmentStatus | Verdict>): VerdictCounts {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
  for (const v of verdicts) counts[asVerdict(v)]++;
  return counts;
}

/** Statuses that say the span is still running: while any is present, the headline lists every status. */
const RUNNING: readonly Verdict[] = ['i_fas', 'ligger_efter'];

/**
 * The headline of a follow-up (or of a promise's final result), from the
 * count of each status. While some promise is still running it lists the
 * statuses in the vocabulary's order: "3 uppfyllda, 4 i fas, 1 ligger
 * efter". Once every promise has a final verdict it says how many of those
 * judged were met, "6 av 8 uppfyllda", and names the partly met ones and
 * those followed up in text (which have no number to meet, so they are
 * never counted as failures): "6 av 8 uppfyllda, 1 följs upp i text".
 */
export function followUpHeadline(counts: Partial<VerdictCounts>, locale: Locale): string {
  if (locale === 'fi' || locale === 'fit') return headlineWordFirst(counts, locale);
  const n = (v: Verdict) => counts[v] ?? 0;
  const sv = locale === 'sv';
  const part = (v: Verdict) => `${n(v)} ${sv ? WORDS[v].svCount(n(v)) : WORDS[v].enCount}`;
  const judged = VERDICTS.filter((v) => v !== 'foljs_upp_i_text').reduce((sum, v) => sum + n(v), 0);
  if (judged + n('foljs_upp_i_text') === 0) return sv ? 'Inga löften att följa upp' : 'No promises to follow up';
  if (judged === 0 || RUNNING.some((v) => n(v) > 0)) {
    return VERDICTS.filter((v) => n(v) > 0)
      .map(part)
      .join(', ');
  }
  const met = n('uppfyllt');
  const head = sv ? `${met} av ${judged} ${WORDS.uppfyllt.svCount(met)}` : `${met} of ${judged} met`;
  const named = (['delvis_uppfyllt', 'foljs_upp_i_text'] as const).filter((v) => n(v) > 0).map(part);
  return [head, ...named].join(', ');
}

/**
 * The headline in Finnish and Meänkieli, the same rule with the word before
 * its number: "Toteutunut 3, aikataulussa 4, jäljessä 1" while running,
 * "Toteutunut 6/8, seurataan tekstinä 1" once every promise is judged.
 */
function headlineWordFirst(counts: Partial<VerdictCounts>, locale: 'fi' | 'fit'): string {
  const n = (v: Verdict) => counts[v] ?? 0;
  const word = (v: Verdict, first: boolean) => {
    const w = WORDS[v][locale];
    return first ? w : w.charAt(0).toLowerCase() + w.slice(1);
  };
  const judged = VERDICTS.filter((v) => v !== 'foljs_upp_i_text').reduce((sum, v) => sum + n(v), 0);
  if (judged + n('foljs_upp_i_text') === 0)
    return locale === 'fi' ? 'Ei seurattavia lupauksia' : 'Ei lupauksia seurattavaksi';
  if (judged === 0 || RUNNING.some((v) => n(v) > 0)) {
    return VERDICTS.filter((v) => n(v) > 0)
      .map((v, i) => `${word(v, i === 0)} ${n(v)}`)
      .join(', ');
  }
  const named = (['delvis_uppfyllt', 'foljs_upp_i_text'] as const)
    .filter((v) => n(v) > 0)
    .map((v) => `${word(v, false)} ${n(v)}`);
  return [`${word('uppfyllt', true)} ${n('uppfyllt')}/${judged}`, ...named].join(', ');
}
