/**
 * "Föreslå text från statistiken": puts the draft written from the crime
 * section's figures into the text field. An empty field takes it at once;
 * text the analyst has written is replaced, or the draft added after it,
 * only when the analyst chooses so. Nothing is saved until the form is.
 */
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useCrimeSection } from '../api/situation-crime.ts';
import { Notice } from '../ui/Notice.tsx';

type State = 'idle' | 'conflict' | 'filled' | 'none';

export function CrimeProposal({
  kommun,
  year,
  fieldId,
  current,
  onChoose,
}: {
  kommun: string;
  year: number;
  fieldId: string;
  current: string;
  onChoose: (text: string) => void;
}) {
  const { t } = useI18n();
  const c = t.crime;
  const section = useCrimeSection(kommun, year);
  const [state, setState] = useState<State>('idle');
  const draft = section.data?.draft ?? '';
  const use = (text: string) => {
    onChoose(text);
    setState('filled');
    document.getElementById(fieldId)?.focus();
  };
  const propose = () => {
    if (!draft) setState('none');
    else if (current.trim() === '') use(draft);
    else setState('conflict');
  };
  return (
    <div className="crime-proposal">
      <button
        type="button"
        className="ds-button"
        data-variant="secondary"
        aria-describedby="crime-proposal-hint"
        disabled={section.isPending}
        onClick={propose}
      >
        {c.propose}
      </button>
      <p id="crime-proposal-hint" className="muted">
        {c.proposeHint}
      </p>
      {state === 'conflict' && (
        <div role="group" aria-labelledby="crime-proposal-question" className="crime-proposal-choice">
          <p id="crime-proposal-question">{c.proposeConflict}</p>
          <div className="button-row">
            <button type="button" className="ds-button" data-variant="secondary" onClick={() => use(draft)}>
              {c.proposeReplace}
            </button>
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              onClick={() => use(`${current.trimEnd()}\n\n${draft}`)}
            >
              {c.proposeAppend}
            </button>
            <button type="button" className="ds-button" data-variant="tertiary" onClick={() => setState('idle')}>
              {c.proposeCancel}
            </button>
          </div>
        </div>
      )}
      <Notice color="info">{state === 'filled' ? c.proposeFilled : state === 'none' ? c.proposeNone : null}</Notice>
    </div>
  );
}
