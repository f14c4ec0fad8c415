/**
 * The original text with each imported commitment marked and its target in
 * bold. The number beside a mark is the commitment's number in the draft;
 * screen readers hear "Åtagande 1:" and "mål:" instead of the styling.
 */
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { PromiseDocument } from '../../../domain/promise-document.ts';
import { markCommitments } from './highlight.ts';

export function SourceText({ source, document }: { source: string; document: PromiseDocument }) {
  const { t } = useI18n();
  const commitments = useMemo(() => document.focusAreas.flatMap((a) => a.commitments), [document]);
  const parts = useMemo(() => markCommitments(source, commitments), [source, commitments]);
  const found = parts.filter((p) => p.kind === 'commitment').length;
  return (
    <>
      <p className="muted">{t.importer.originalHint}</p>
      <p>{t.importer.found(found, commitments.length)}</p>
      <div className="source-text" role="region" aria-label={t.importer.originalHeading} tabIndex={0}>
        {parts.map((part, i) =>
          part.kind === 'text' ? (
            <span key={i}>{part.text}</span>
          ) : (
            <mark key={i} className="source-mark" data-commitment={part.index + 1}>
              <span className="mark-number" aria-hidden="true">
                {part.index + 1}
              </span>
              <span className="ds-sr-only">{t.importer.markStart(part.index + 1)} </span>
              {part.before}
              {part.amount && (
                <>
                  <span className="ds-sr-only">{t.importer.amountStart} </span>
                  <strong>{part.amount}</strong>
                </>
              )}
              {part.after}
            </mark>
          ),
        )}
      </div>
    </>
  );
}
