import type { StoredPromiseSet } from '../../app/promises/promise-sets.ts';
import { PUBLIC_STRINGS, type PublicLocale } from '../../i18n/public.ts';
import type { Target } from '../../domain/promise-document.ts';
import type { CommitmentProgress } from '../../domain/progress/index.ts';
import { describeTargetEn, describeTargetSv } from '../../reports/target-text.ts';
import { currentBucket, longDate, progressLine, STATUS_WORDS } from '../../app/public/words.ts';
import { html, type Raw } from './html.ts';

export { longDate };

function periodText(period: StoredPromiseSet['period'], locale: PublicLocale): string | null {
  if (!period) return null;
  const from = longDate(period.from, locale);
  if (!period.to)
    return locale === 'sv' ? `Gäller från ${from}, tills vidare` : `Valid from ${from} until further notice`;
  return `${locale === 'sv' ? 'Gäller' : 'Valid'} ${from} – ${longDate(period.to, locale)}`;
}

const PARTY_SV: Record<string, string> = { polisen: 'Polisen', kommunen: 'kommunen' };

/** "Polisen och kommunen", "Polisen, kommunen och skolan". */
export function partiesText(parties: string[], locale: PublicLocale): string {
  const names = parties.map((p, i) => {
    const name =
      locale === 'en' ? ({ polisen: 'the police', kommunen: 'the municipality' }[p] ?? p) : (PARTY_SV[p] ?? p);
    return i === 0 ? name.charAt(0).toUpperCase() + name.slice(1) : name;
  });
  const and = locale === 'sv' ? ' och ' : ' and ';
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
}

/** "minst 2 per halvår", plus further amounts with their places; English keeps the unit as written. */
export function targetText(
  c: { target: Target; targets: { target: Target; place: string | null }[] },
  locale: PublicLocale,
): string {
  const describe = (t: Target) =>
    t.kind === 'none' ? PUBLIC_STRINGS[locale].targetNone : locale === 'sv' ? describeTargetSv(t) : describeTargetEn(t);
  const extra = c.targets.map((t) => `${describe(t.target)}${t.place ? ` (${t.place})` : ''}`);
  return [describe(c.target), ...extra].join('; ');
}

/** "2 av 2 insatser första halvåret 2019", with a bar that repeats the same numbers for the eye. */
export function progressBlock(target: Target, p: CommitmentProgress, at: string, locale: PublicLocale): Raw {
  const sv = locale === 'sv';
  const [statusSv, statusEn] = STATUS_WORDS[p.status];
  const current = currentBucket(p, at);
  const share =
    current && current.required > 0 ? Math.min(100, Math.round((current.done / current.required) * 100)) : null;
  return html`<div class="progress">
<p class="status status-${p.status}"><strong>${sv ? statusSv : statusEn}</strong> – ${progressLine(target, p, at, locale)}</p>
${share !== null ? html`<div class="bar" aria-hidden="true"><span style="width:${share}%"></span></div>` : ''}
${p.lastActivityDate ? html`<p class="meta">${sv ? 'Senast gjort' : 'Last done'}: ${longDate(p.lastActivityDate, locale)}</p>` : ''}
</div>`;
}

type SetCommitment = StoredPromiseSet['focusAreas'][number]['commitments'][number];

function commitmentItem(
  c: SetCommitment,
  locale: PublicLocale,
  progress: Map<string, CommitmentProgress>,
  at: string,
): Raw {
  const t = PUBLIC_STRINGS[locale];
  const p = c.id ? progress.get(c.id) : undefined;
  return html`<li class="commitment"><p>${c.text}</p>
<p class="target"><strong>${t.promiseWord}:</strong> ${targetText(c, locale)}</p>${
    c.responsible.length
      ? html`<p class="meta">${locale === 'sv' ? 'Ansvarig' : 'Responsible'}: ${partiesText(c.responsible, locale)}</p>`
      : ''
  }${p ? progressBlock(c.target, p, at, locale) : ''}</li>`;
}

/** The published promise set in plain words: what we promised, who does it, how far it has come. */
export function promiseSection(
  set: StoredPromiseSet,
  locale: PublicLocale,
  progress: Map<string, CommitmentProgress> = new Map(),
  at = '',
  headingLevel: 2 | 3 = 2,
): Raw {
  const sv = locale === 'sv';
  const period = periodText(set.period, locale);
  const title = set.title ?? (sv ? 'Medborgarlöfte' : 'Citizen promise');
  const h = (level: number, content: unknown, id?: string) =>
    html`<h${String(level)}${id ? html` id="${id}"` : ''}>${content}</h${String(level)}>`;
  return html`<section class="promise-set" aria-labelledby="ps-${set.id}">
${h(headingLevel, title, `ps-${set.id}`)}
${period ? html`<p class="period">${period}</p>` : ''}
${set.signedAt ? html`<p class="signed">${sv ? 'Undertecknat' : 'Signed'} ${longDate(set.signedAt, locale)}</p>` : ''}
${set.focusAreas.map(
  (area) => html`<section class="focus-area">
${h(headingLevel + 1, area.title || (sv ? 'Våra löften' : 'Our promises'))}
<ul class="commitments">
${area.commitments.map((c) => commitmentItem(c, locale, progress, at))}
</ul>
</section>`,
)}
</section>`;
}
