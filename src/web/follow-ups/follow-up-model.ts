/** The follow-up draft as typed: verdicts and comments per commitment, texts, recipients and due date; checks and the PUT body. */
import { VERDICTS, type FollowUp, type FollowUpEdit, type Verdict } from '../api/follow-ups.ts';
import type { FormError } from '../ui/form-errors.ts';
import { isValidDay } from '../ui/dates.ts';

export interface ItemDraft {
  commitmentId: string;
  proposed: Verdict;
  verdict: Verdict;
  comment: string;
}

export interface FollowUpDraft {
  items: ItemDraft[];
  summary: string;
  citizensSaid: string;
  nextSteps: string;
  recipients: string;
  dueDate: string;
}

export function draftOf(f: FollowUp): FollowUpDraft {
  return {
    items: f.items.map((i) => ({
      commitmentId: i.commitmentId,
      proposed: i.proposed,
      verdict: i.verdict,
      comment: i.comment ?? '',
    })),
    summary: f.summary ?? '',
    citizensSaid: f.citizensSaid ?? '',
    nextSteps: f.nextSteps ?? '',
    recipients: f.recipients.join('\n'),
    dueDate: f.dueDate ?? '',
  };
}

export function splitRecipients(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const itemFieldId = (commitmentId: string, field: 'verdict' | 'comment') => `fu-item-${commitmentId}-${field}`;

export function validateDraft(d: FollowUpDraft): FormError[] {
  const errors: FormError[] = [];
  d.items.forEach((i, n) => {
    if (i.verdict !== i.proposed && !i.comment.trim()) {
      errors.push({
        fieldId: itemFieldId(i.commitmentId, 'comment'),
        message: (t) => t.followUpPage.commentRequired(n + 1),
      });
    }
  });
  for (const address of splitRecipients(d.recipients)) {
    if (!EMAIL.test(address))
      errors.push({ fieldId: 'fu-recipients', message: (t) => t.followUpPage.recipientInvalid(address) });
  }
  if (d.dueDate && !isValidDay(d.dueDate))
    errors.push({ fieldId: 'fu-due', message: (t) => t.followUpPage.dateInvalid });
  return errors;
}

export function toEdit(d: FollowUpDraft): FollowUpEdit {
  const text = (s: string) => s.trim() || null;
  return {
    summary: text(d.summary),
    citizensSaid: text(d.citizensSaid),
    nextSteps: text(d.nextSteps),
    recipients: splitRecipients(d.recipients),
    dueDate: d.dueDate || null,
    items: d.items.map((i) => ({ commitmentId: i.commitmentId, verdict: i.verdict, comment: text(i.comment) })),
  };
}

const isText = (v: unknown) => typeof v === 'string';

/** Whether stored data is a draft of this follow-up: the same commitments in the same order, every text a string. */
export function isDraftOf(f: FollowUp): (data: unknown) => data is FollowUpDraft {
  return (data: unknown): data is FollowUpDraft => {
    if (typeof data !== 'object' || data === null) return false;
    const d = data as Partial<Record<keyof FollowUpDraft, unknown>>;
    const texts = [d.summary, d.citizensSaid, d.nextSteps, d.recipients, d.dueDate].every(isText);
    const items = Array.isArray(d.items) ? (d.items as Partial<ItemDraft>[]) : [];
    return (
      texts &&
      items.length === f.items.length &&
      items.every(
        (i, n) =>
          i.commitmentId === f.items[n]!.commitmentId &&
          isText(i.comment) &&
          VERDICTS.includes(i.verdict as Verdict) &&
          f.items[n]!.proposed === i.proposed,
      )
    );
  };
}
