/** "Behöver uppmärksamhet": commitments behind, missed, or with a period about to end short of its target. */
import { useI18n } from '../i18n/i18n.tsx';
import type { Attention } from '../api/overview.ts';
import type { Messages } from '../i18n/sv.ts';
import { Mark, type MarkKind } from '../ui/Mark.tsx';
import type { Target } from '../api/promises.ts';
import { figureText } from '../../domain/progress/figure.ts';
import { statusWord } from '../../domain/progress/status.ts';

const ICONS: Record<Attention['reason'], MarkKind> = {
  at_risk: 'triangle',
  missed: 'cross',
  bucket_closing: 'hourglass',
};

/** The card's own status and number (its figure), so the list and the card never disagree. */
export function reasonText(a: Attention, t: Messages, lang: 'sv' | 'en', target?: Target): string {
  const figure = figureText(a, target ?? { kind: 'none' }, lang);
  if (a.reason === 'bucket_closing') return t.overview.closing(a.bucketEnds ?? '', figure);
  return `${statusWord(a.reason, lang)} – ${figure}`;
}

export function AttentionList({
  attention,
  titles,
  targets,
}: {
  attention: readonly Attention[];
  titles: ReadonlyMap<string, string>;
  /** Each commitment's target, for the unit its number counts in. */
  targets: ReadonlyMap<string, Target>;
}) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="attention-heading" className="attention">
      <h2 id="attention-heading" className="ds-heading" data-size="sm">
        {t.overview.attentionHeading}
      </h2>
      {attention.length === 0 ? (
        <p>{t.overview.attentionNone}</p>
      ) : (
        <ul className="attention-list">
          {attention.map((a) => (
            <li key={`${a.commitmentId}-${a.reason}`} data-reason={a.reason}>
              <span className="attention-reason">
                <Mark kind={ICONS[a.reason]} /> {reasonText(a, t, lang, targets.get(a.commitmentId))}
              </span>
              <a className="ds-link" href={`#c-${a.commitmentId}`}>
                {a.text}
              </a>
              {titles.get(a.promiseSetId) && <span className="muted small">{titles.get(a.promiseSetId)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
