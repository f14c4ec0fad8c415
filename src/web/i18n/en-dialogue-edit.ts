/** English words for correcting and deleting; the same shape as sv-dialogue-edit.ts. */
import type { svDialogueEdit } from './sv-dialogue-edit.ts';

export const enDialogueEdit: typeof svDialogueEdit = {
  dialogueEdit: {
    edit: 'Edit',
    editLabel: (title: string) => `Edit ${title}`,
    heading: 'Edit the dialogue',
    walkHeading: 'Edit the safety walk',
    intro: 'Correct what went wrong. The changes are saved with who made them and what it looked like before.',
    dateHintPlanned: 'The planned day of the walk.',
    title: 'Title',
    titleHint: 'If you empty the title, a new one is made from kind, place and date.',
    preMeetingDate: 'Pre-meeting (optional)',
    route: 'Route (optional)',
    whereRequired: 'Give a place, area or route.',
    findingLocked:
      'Has an action from the follow-up meeting, so it cannot be removed. Its text and details can be corrected.',
    submit: 'Save the changes',
    saved: 'The changes are saved.',
    remove: 'Delete',
    removeDialogue: 'Delete the dialogue',
    removeWalk: 'Delete the safety walk',
    removeQuestion: (title: string, findings: number) =>
      `Delete "${title}"${findings ? ` with ${findings === 1 ? 'its finding' : `its ${findings} findings`}` : ''}? ` +
      'The findings will then no longer count in the situation picture. This cannot be undone.',
    deleted: (title: string) => `"${title}" is deleted.`,
  },

  estEdit: {
    listHeading: 'Filed reports',
    listIntro: 'The reports you can see for a week. Correct a report with Edit, or delete one filed by mistake.',
    caption: (week: string) => `Filed reports, week ${week.slice(6)} ${week.slice(0, 4)}`,
    none: (week: string) => `No filed reports you can see for week ${week.slice(6)} ${week.slice(0, 4)}.`,
    area: 'Area',
    reporter: 'Reporter',
    total: 'Sum',
    note: 'Note',
    actions: 'Actions',
    editLabel: (area: string, reporter: string) => `Edit the report for ${area} from ${reporter}`,
    removeLabel: (area: string, reporter: string) => `Delete the report for ${area} from ${reporter}`,
    removeQuestion: (area: string, reporter: string, week: string) =>
      `Delete the report for ${area} from ${reporter}, week ${week.slice(6)}? It disappears from the weekly picture and the summary. This cannot be undone.`,
    editHeading: (area: string, reporter: string, week: string) =>
      `Edit the report for ${area} from ${reporter}, week ${week.slice(6)}`,
    submit: 'Save the changes',
    saved: (week: string, area: string) => `The report for ${area}, week ${week.slice(6)}, is changed.`,
    deleted: (area: string, week: string) => `The report for ${area}, week ${week.slice(6)}, is deleted.`,
  },
};
