/**
 * A target in words, as a reader of the genomförandeplan says it:
 * "minst 2 operativa insatser per halvår", "1 var tredje vecka",
 * "i snitt minst 3 medborgarkontakter per vecka", "minst 20 %", "löpande".
 */
import type { CountTarget, Target } from '../api/promises.ts';
import type { Messages } from '../i18n/sv.ts';

function amount(target: CountTarget, t: Messages): string {
  const n = t.target.number;
  if (target.max !== null && target.max !== target.count) return `${n(target.count)}–${n(target.max)}`;
  if (target.max !== null && !target.atLeast) return `${t.target.upTo} ${n(target.count)}`;
  return n(target.count);
}

function periodPart(target: CountTarget, t: Messages): string {
  if (target.per === null || target.per === 'period') return t.target.wholePeriod;
  if (target.every > 1) return t.target.every(target.every, target.per);
  return t.target.per[target.per];
}

export function targetText(target: Target, t: Messages): string {
  if (target.kind === 'none') return t.target.none;
  if (target.kind === 'share') {
    return [target.atLeast ? t.target.atLeast : '', `${t.target.number(target.percent)} %`, target.unit ?? '']
      .filter(Boolean)
      .join(' ');
  }
  return [
    target.average ? t.target.average : '',
    target.atLeast ? t.target.atLeast : '',
    amount(target, t),
    target.unit ?? '',
    periodPart(target, t),
  ]
    .filter(Boolean)
    .join(' ');
}
