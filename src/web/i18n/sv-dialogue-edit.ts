/** Swedish words for correcting and deleting a registered dialogue, trygghetsvandring or EST report. */

export const svDialogueEdit = {
  dialogueEdit: {
    edit: 'Ändra',
    editLabel: (title: string) => `Ändra ${title}`,
    heading: 'Ändra dialogen',
    walkHeading: 'Ändra trygghetsvandringen',
    intro: 'Rätta det som blev fel. Ändringarna sparas med vem som gjorde dem och hur det såg ut före.',
    dateHintPlanned: 'Vandringens planerade dag.',
    title: 'Rubrik',
    titleHint: 'Töms rubriken skapas en ny av form, plats och datum.',
    preMeetingDate: 'Förmöte (valfritt)',
    route: 'Slinga (valfritt)',
    whereRequired: 'Ange plats, område eller slinga.',
    findingLocked: 'Har en åtgärd från återkopplingen och kan därför inte tas bort. Texten och uppgifterna kan rättas.',
    submit: 'Spara ändringarna',
    saved: 'Ändringarna är sparade.',
    remove: 'Ta bort',
    removeDialogue: 'Ta bort dialogen',
    removeWalk: 'Ta bort trygghetsvandringen',
    removeQuestion: (title: string, findings: number) =>
      `Vill du ta bort "${title}"${findings ? ` med ${findings === 1 ? 'dess iakttagelse' : `dess ${findings} iakttagelser`}` : ''}? ` +
      'Iakttagelserna räknas då inte längre i lägesbilden. Det går inte att ångra.',
    deleted: (title: string) => `"${title}" är borttagen.`,
  },

  estEdit: {
    listHeading: 'Lämnade rapporter',
    listIntro:
      'Rapporterna du kan se för en vecka. Rätta en rapport med Ändra, eller ta bort en som lämnats av misstag.',
    caption: (week: string) => `Lämnade rapporter vecka ${week.slice(6)} ${week.slice(0, 4)}`,
    none: (week: string) => `Inga lämnade rapporter vecka ${week.slice(6)} ${week.slice(0, 4)} som du kan se.`,
    area: 'Område',
    reporter: 'Rapportör',
    total: 'Summa',
    note: 'Anteckning',
    actions: 'Åtgärder',
    editLabel: (area: string, reporter: string) => `Ändra rapporten för ${area} från ${reporter}`,
    removeLabel: (area: string, reporter: string) => `Ta bort rapporten för ${area} från ${reporter}`,
    removeQuestion: (area: string, reporter: string, week: string) =>
      `Vill du ta bort rapporten för ${area} från ${reporter} vecka ${week.slice(6)}? Den försvinner ur veckobilden och sammanställningen. Det går inte att ångra.`,
    editHeading: (area: string, reporter: string, week: string) =>
      `Ändra rapporten för ${area} från ${reporter}, vecka ${week.slice(6)}`,
    submit: 'Spara ändringarna',
    saved: (week: string, area: string) => `Rapporten för ${area} vecka ${week.slice(6)} är ändrad.`,
    deleted: (area: string, week: string) => `Rapporten för ${area} vecka ${week.slice(6)} är borttagen.`,
  },
};
