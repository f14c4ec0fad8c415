/** English words shared by every long form; the same shape as sv-forms.ts. */
import type { svForms } from './sv-forms.ts';

export const enForms: typeof svForms = {
  forms: {
    leaveTitle: 'Leave the page?',
    leaveQuestion: 'Your changes are not saved. A draft stays in this browser, but nobody else sees it.',
    stay: 'Stay',
    leave: 'Leave the page',
    draftRestored: (at: string) =>
      `A draft from ${at} was restored. It is not saved yet: save the form or discard the draft.`,
    discardDraft: 'Discard the draft',
  },
};
