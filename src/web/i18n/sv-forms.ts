/** Swedish words shared by every long form: leaving with unsaved changes, drafts kept in the browser. */
export const svForms = {
  forms: {
    leaveTitle: 'Lämna sidan?',
    leaveQuestion:
      'Det du har ändrat är inte sparat. Ett utkast finns kvar i den här webbläsaren, men ingen annan ser det.',
    stay: 'Stanna kvar',
    leave: 'Lämna sidan',
    draftRestored: (at: string) =>
      `Ett utkast från ${at} återställdes. Det är inte sparat än: spara formuläret eller släng utkastet.`,
    discardDraft: 'Släng utkastet',
  },
};
