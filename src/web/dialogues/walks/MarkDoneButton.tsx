/** "Markera klar": marks a finding's action done today. Named per row so each button says which action it closes. */
import { settle } from '../../api/settle.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { usePatchFinding } from '../../api/dialogues.ts';
import { todayIso } from '../../ui/dates.ts';

interface Props {
  dialogueId: string;
  findingId: string;
  what: string;
  onDone: () => void;
  onError: (error: unknown) => void;
}

export function MarkDoneButton({ dialogueId, findingId, what, onDone, onError }: Props) {
  const { t } = useI18n();
  const patch = usePatchFinding();
  return (
    <button
      type="button"
      className="ds-button"
      data-variant="secondary"
      data-size="sm"
      aria-label={t.findings.markDoneLabel(what)}
      aria-busy={patch.isPending || undefined}
      onClick={() => settle(patch, { dialogueId, findingId, patch: { doneAt: todayIso() } }, onDone, onError)}
    >
      {t.findings.markDone}
    </button>
  );
}
