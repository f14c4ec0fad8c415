/** The trygghetsvandring's four steps, the current one marked in words (aria-current="step") and not by colour alone. */
import { useI18n } from '../../i18n/i18n.tsx';
import { WALK_STAGES, type WalkStage } from '../../api/dialogues.ts';
import { Mark } from '../../ui/Mark.tsx';

export function StageTag({ stage }: { stage: WalkStage }) {
  const { t } = useI18n();
  return (
    <span className="status-tag" data-status={stage === 'klar' ? 'published' : 'agreed'}>
      {t.walkStages[stage]}
    </span>
  );
}

export function WalkSteps({ stage }: { stage: WalkStage }) {
  const { t } = useI18n();
  const current = WALK_STAGES.indexOf(stage);
  return (
    <ol className="walk-steps" aria-label={t.walkPage.stepsLabel}>
      {WALK_STAGES.map((s, i) => {
        const state = stage === 'klar' || i < current ? 'done' : i === current ? 'current' : 'todo';
        return (
          <li key={s} data-state={state} aria-current={i === current ? 'step' : undefined}>
            <span className="step-marker" aria-hidden="true">
              {state === 'done' ? <Mark kind="check" /> : i + 1}
            </span>
            <span>{t.walkStages[s]}</span>
            <span className="small muted block">{t.walkPage.stepState[state]}</span>
          </li>
        );
      })}
    </ol>
  );
}
