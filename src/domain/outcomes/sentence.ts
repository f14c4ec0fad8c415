/**
 * What an outcome indicator says, in plain words, with the counts and the
 * uncertainty beside every change: never a bare "+40 %" (docs/outcomes.md).
 * One writer for the staff app, follow-up reports and the public page.
 */
import { formatNumber } from '../reader-text.ts';
import type { IndicatorResult, WindowValue } from './compute.ts';

type Lang = 'sv' | 'en';

const MINUS = '\u2212';
const signed = (n: number, lang: Lang) => (n < 0 ? `${MINUS}${formatNumber(-n, lang)}` : `+${formatNumber(n, lang)}`);
const pct = (ratio: number) => Math.round((ratio - 1) * 100);
const round1 = (n: number) => Math.round(n * 10) / 10;

function windowName(w: WindowValue, lang: Lang): string {
  const fy = w.from.slice(0, 4);
  const ty = w.to.slice(0, 4);
  if (w.from.endsWith('-01-01') && w.to.endsWith('-12-31')) return fy === ty ? fy : `${fy}–${ty}`;
  if (w.from === w.to) return w.from;
  return lang === 'sv' ? `${w.from} – ${w.to}` : `${w.from} to ${w.to}`;
}

function crimeText(title: string, r: IndicatorResult, lang: Lang): string {
  const b = r.baseline!;
  const c = r.current!;
  const bv = formatNumber(Math.round(b.value ?? 0), lang);
  const cv = formatNumber(Math.round(c.value ?? 0), lang);
  const head =
    lang === 'sv'
      ? `${title}: ${bv} per 100 000 invånare och år under ${windowName(b, lang)} (${formatNumber(b.n, lang)} st), ${cv} under ${windowName(c, lang)} (${formatNumber(c.n, lang)} st)`
      : `${title}: ${bv} per 100,000 inhabitants a year in ${windowName(b, lang)} (${formatNumber(b.n, lang)}), ${cv} in ${windowName(c, lang)} (${formatNumber(c.n, lang)})`;
  if (!r.change) return `${head}.`;
  const { estimate, low, high } = r.change;
  const range =
    lang === 'sv'
      ? `: ${signed(pct(estimate), lang)} %, med osäkerhet mellan ${signed(pct(low), lang)} % och ${signed(pct(high), lang)} %.`
      : `: ${signed(pct(estimate), lang)}%, uncertain between ${signed(pct(low), lang)}% and ${signed(pct(high), lang)}%.`;
  return head + range;
}

function comparisonText(r: IndicatorResult, lang: Lang): string {
  if (!r.comparison) return '';
  const { name, change } = r.comparison;
  const falling = (r.change?.estimate ?? 1) < 1;
  if (change.high < 1) {
    return lang === 'sv'
      ? falling
        ? ` Minskningen är större än i ${name}.`
        : ` Ökningen är mindre än i ${name}.`
      : falling
        ? ` The fall is larger than in ${name}.`
        : ` The rise is smaller than in ${name}.`;
  }
  if (change.low > 1) {
    return lang === 'sv'
      ? falling
        ? ` Minskningen är mindre än i ${name}.`
        : ` Ökningen är större än i ${name}.`
      : falling
        ? ` The fall is smaller than in ${name}.`
        : ` The rise is larger than in ${name}.`;
  }
  return lang === 'sv'
    ? ` Förändringen skiljer sig inte tydligt från den i ${name}.`
    : ` The change does not clearly differ from that in ${name}.`;
}

function surveyText(title: string, r: IndicatorResult, lang: Lang): string {
  const b = r.baseline!;
  const c = r.current!;
  const share = r.kind === 'survey_share';
  const v = (x: WindowValue) =>
    share
      ? `${formatNumber(Math.round((x.value ?? 0) * 100), lang)} %`
      : `index ${formatNumber(round1(x.value ?? 0), lang)}`;
  const answers = (x: WindowValue) => `${formatNumber(x.n, lang)} ${lang === 'sv' ? 'svar' : 'answers'}`;
  const when = (x: WindowValue) =>
    x.from === x.to
      ? `${lang === 'sv' ? 'vid mätningen' : 'in the survey of'} ${x.from}`
      : `${lang === 'sv' ? 'under' : 'in'} ${windowName(x, lang)}`;
  const head = `${title}: ${v(b)} ${when(b)} (${answers(b)}), ${v(c)} ${when(c)} (${answers(c)})`;
  if (!r.change) return `${head}.`;
  const { estimate, low, high } = r.change;
  const f = (n: number) => signed(share ? Math.round(n * 100) : round1(n), lang);
  const unit = share ? (lang === 'sv' ? ' procentenheter' : ' percentage points') : '';
  return lang === 'sv'
    ? `${head}: en skillnad på ${f(estimate)}${unit}, med osäkerhet mellan ${f(low)} och ${f(high)}.`
    : `${head}: a difference of ${f(estimate)}${unit}, uncertain between ${f(low)} and ${f(high)}.`;
}

const VERDICT_TEXT: Record<Lang, Record<IndicatorResult['verdict'], string>> = {
  sv: {
    improved: 'Det har blivit bättre, mer än slumpen kan förklara.',
    worsened: 'Det har blivit sämre, mer än slumpen kan förklara.',
    no_clear_change: 'Ingen tydlig förändring: skillnaden ryms i det slumpen kan ge.',
    too_little_data: '',
    not_tested: 'Summan visas som underlag; den prövas inte som en förändring.',
  },
  en: {
    improved: 'It has improved, more than chance can explain.',
    worsened: 'It has worsened, more than chance can explain.',
    no_clear_change: 'No clear change: the difference is within what chance can give.',
    too_little_data: '',
    not_tested: 'The sum is shown as background; it is not tested as a change.',
  },
};

function tooLittle(r: IndicatorResult, lang: Lang): string {
  const sv = lang === 'sv';
  if (!r.baseline || !r.current) {
    if (r.kind === 'crime')
      return sv
        ? 'Det finns ännu ingen statistik för båda perioderna att jämföra.'
        : 'There are no statistics for both periods to compare yet.';
    return sv
      ? 'Det finns ännu ingen mätning för båda perioderna att jämföra.'
      : 'There is no survey for both periods to compare yet.';
  }
  if (r.kind === 'crime')
    return sv
      ? 'För få anmälda brott för att säga om det har ändrats.'
      : 'Too few reported crimes to say whether it has changed.';
  return sv ? 'För få svar för att säga om det har ändrats.' : 'Too few answers to say whether it has changed.';
}

/** Caveats an analyst would add, where they apply. */
export function caveats(r: IndicatorResult, lang: Lang): string[] {
  const out: string[] = [];
  const sv = lang === 'sv';
  if (r.kind === 'crime' && r.change && r.change.estimate < 1) {
    out.push(
      sv
        ? 'Färre anmälda brott kan också betyda att färre anmäler.'
        : 'Fewer reported crimes can also mean fewer people report.',
    );
  }
  if (r.kind === 'crime' && r.current && r.current.from.slice(0, 4) === r.current.to.slice(0, 4)) {
    out.push(sv ? 'Ett enskilt års förändring är ofta slump.' : "One year's change is often chance.");
  }
  if (r.kind !== 'crime' && r.kind !== 'activity_outcome' && [r.baseline, r.current].some((w) => w && w.n < 100)) {
    out.push(
      sv
        ? 'Mätningen har få svar, så osäkerheten är stor.'
        : 'The survey has few answers, so the uncertainty is large.',
    );
  }
  return out;
}

export function outcomeSentence(title: string, r: IndicatorResult, lang: Lang = 'sv'): string {
  if (r.kind === 'activity_outcome') {
    const sum = formatNumber(r.current?.value ?? 0, lang);
    return `${title}: ${sum} ${lang === 'sv' ? 'hittills under perioden' : 'so far in the period'}. ${VERDICT_TEXT[lang].not_tested}`;
  }
  if (r.verdict === 'too_little_data' && (!r.baseline || !r.current)) return `${title}: ${tooLittle(r, lang)}`;
  const body = r.kind === 'crime' ? crimeText(title, r, lang) + comparisonText(r, lang) : surveyText(title, r, lang);
  const verdict = r.verdict === 'too_little_data' ? tooLittle(r, lang) : VERDICT_TEXT[lang][r.verdict];
  return `${body} ${verdict}`.trim();
}
