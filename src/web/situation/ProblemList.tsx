/** Each ranked problem with its score, evidence and what the working group decides about it. */
import { useState } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import type { Problem, Situation } from '../api/situation.ts';
import { Notice } from '../ui/Notice.tsx';
import { formatScore } from './sources.ts';
import { MoveForm } from './MoveForm.tsx';
import { CauseForm } from './CauseForm.tsx';
import { PromiseLinks } from './PromiseLinks.tsx';

/** How each source contributed and why, in words: the score explains itself. */
function Parts({ p }: { p: Problem }) {
  const { t, lang } = useI18n();
  const s = t.situation;
  if (p.parts.length === 0) return null;
  return (
    <ul className="score-parts">
      {p.parts.map((part) => (
        <li key={part.source}>
          <strong>{s.partWhy(s.sources[part.source], formatScore(part.score, lang))}</strong>{' '}
          {lang === 'sv' ? part.why : part.whyEn}
        </li>
      ))}
    </ul>
  );
}

function Evidence({ p }: { p: Problem }) {
  const { t, lang } = useI18n();
  const s = t.situation;
  return (
    <details className="evidence">
      <summary>{s.evidenceSummary(p.evidence.length)}</summary>
      <ul>
        {p.evidence.map((e, i) => (
          <li key={i}>
            <strong>{s.sources[e.source]}:</strong> {e.description}{' '}
            <span className="muted">({s.points(formatScore(e.points, lang))})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function ProblemCard({
  p,
  count,
  kommun,
  year,
  onNotice,
}: {
  p: Problem;
  count: number;
  kommun: string;
  year: number;
  onNotice: (n: Localized) => void;
}) {
  const { t, lang } = useI18n();
  const s = t.situation;
  const name = t.categoryNames[p.category] ?? p.label;
  return (
    <li className="problem-card" aria-labelledby={`problem-${p.category}`}>
      <h3 id={`problem-${p.category}`} className="ds-heading" data-size="xs" tabIndex={-1}>{`${p.rank}. ${name}`}</h3>
      <p>
        {s.scoreLine(formatScore(p.score, lang), p.scoreRank)}
        {p.prioritised && (
          <span className="status-tag" data-status="published">
            {s.prioritisedTag}
          </span>
        )}
      </p>
      {p.manualRank !== null && <p className="moved">{s.movedBecause(p.scoreRank, p.rankReason ?? '')}</p>}
      <Parts p={p} />
      <Evidence p={p} />
      <MoveForm p={p} count={count} kommun={kommun} year={year} onNotice={onNotice} />
      <CauseForm key={JSON.stringify([p.prioritised, p.cause])} p={p} kommun={kommun} year={year} onNotice={onNotice} />
      {p.prioritised && (
        <PromiseLinks
          key={JSON.stringify([p.focusAreaIds, p.commitmentIds])}
          p={p}
          kommun={kommun}
          year={year}
          onNotice={onNotice}
        />
      )}
    </li>
  );
}

export function ProblemList({ situation, kommun }: { situation: Situation; kommun: string }) {
  const { t, lang } = useI18n();
  const [notice, setNotice] = useState<Localized | null>(null);
  return (
    <section aria-labelledby="problems-heading">
      <h2 id="problems-heading" className="ds-heading" data-size="sm">
        {t.situation.problemsHeading}
      </h2>
      <p>{t.situation.problemsIntro}</p>
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      <ol className="problem-list">
        {situation.problems.map((p) => (
          <ProblemCard
            key={p.category}
            p={p}
            count={situation.problems.length}
            kommun={kommun}
            year={situation.year}
            onNotice={(n) => setNotice(() => n)}
          />
        ))}
      </ol>
    </section>
  );
}
