/** Swedish words of the "Översättningar" part of the promise set and follow-up pages. */
export const svTranslations = {
  heading: 'Översättningar',
  introPromise:
    'Skriv löftets texter på finska, meänkieli och engelska. Där en översättning saknas visar den publika sidan den svenska texten och att texten bara finns på svenska.',
  introFollowUp:
    'Skriv uppföljningens texter på finska, meänkieli och engelska. Där en översättning saknas visar den publika sidan den svenska texten och att texten bara finns på svenska.',
  show: (n: number) => `Visa texterna att översätta (${n})`,
  none: 'Det finns ännu inga texter att översätta.',
  readOnly: 'Du kan läsa översättningarna men inte ändra dem.',
  swedish: 'Svenska',
  languages: { fi: 'finska', fit: 'meänkieli', en: 'engelska' } as Record<'fi' | 'fit' | 'en', string>,
  /** "Löfte 3 – Vad på finska" */
  fieldLabel: (what: string, language: string) => `${what} på ${language}`,
  parts: {
    title: 'Rubrik',
    focusArea: 'Fokusområde',
    what: 'Vad',
    when: 'När',
    condition: 'Villkor',
    followUp: 'Uppföljning',
    summary: 'Sammanfattning',
    citizensSaid: 'Vad invånarna sa',
    nextSteps: 'Nästa steg',
    comment: 'Kommentar',
  } as Record<string, string>,
  promiseNo: (n: number) => `Löfte ${n}`,
  outdated: (source: string) =>
    `Den svenska texten har ändrats sedan översättningen skrevs (då: "${source}"). Den visas inte förrän den sparas igen.`,
  save: 'Spara översättningarna',
  saving: 'Sparar …',
  saved: (n: number, removed: number) =>
    n + removed === 0
      ? 'Inget var ändrat.'
      : `Översättningarna är sparade (${n} ${n === 1 ? 'text' : 'texter'} sparade${removed ? `, ${removed} borttagna` : ''}).`,
};
