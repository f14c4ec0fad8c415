/** Swedish words of the survey builder: every kind of question, texts per language, the index scoring, coding categories and the address. */
import type { SurveyLanguage } from '../api/surveys.ts';

export const svSurveyBuilder = {
  inLang: { sv: 'på svenska', en: 'på engelska', fi: 'på finska', fit: 'på meänkieli' } as Record<
    SurveyLanguage,
    string
  >,
  optional: '(valfri)',
  languagesNote: (names: string) =>
    `Enkäten erbjuds på ${names}. Fler språk (engelska, finska, meänkieli) väljer du under Översikt › Inställningar.`,
  questionText: 'Frågetext',
  helpSummary: 'Hjälptext under frågan (valfri)',
  helpText: 'Hjälptext',
  options: 'Svarsalternativ',
  items: 'Påståenden',
  linesHintSv: 'Ett per rad.',
  linesHintOther: 'Ett per rad, på samma rad som på svenska.',
  exclusive: 'Alternativ som utesluter de andra (valfritt)',
  exclusiveHint: 'Till exempel "Nej, inget av detta": den som väljer det kan inte välja något annat.',
  exclusiveNone: 'Inget',
  scaleFrom: 'Skalan börjar på',
  scaleTo: 'Skalan slutar på',
  scaleToHint: 'Ett heltal från 2 till 10.',
  minLabel: 'Text vid lägsta värdet',
  maxLabel: 'Text vid högsta värdet',
  maxLength: 'Högsta antal tecken i svaret',
  maxLengthHint: 'Ett heltal från 10 till 4 000.',
  areaNote: (names: string[]) =>
    names.length
      ? `Svarsalternativen är kommunens ${names.length} områden: ${names.slice(0, 12).join(', ')}${names.length > 12 ? ' …' : ''}. Fler områden lägger du till under Översikt; namnen rättar du under Dialog och enkäter › Områden.`
      : 'Svarsalternativen är kommunens områden. Lägg till områden under Översikt, eller under Dialog och enkäter › Områden, innan enkäten publiceras.',
  problemNote:
    'Svaren är Inget problem, Litet, Ganska stort, Mycket stort problem och Vet inte. Poängen för index 0–6 och vilka påståenden som räknas i det samlade indexet ställer du in under fliken Index och kategorier.',
  backgroundNote: 'Bakgrundsfrågor är aldrig obligatoriska: ingen behöver uppge ålder eller kön.',
  taken: (kind: string) => `${kind} (finns redan)`,
  problems: {
    help: (n: number) => `Skriv hjälptexten på svenska också för fråga ${n}.`,
    tooLong: (n: number) => `Fråga ${n}: en text är för lång (högst 2 000 tecken).`,
    lines: (n: number, min: number, max: number, items: boolean) =>
      `Skriv ${min}–${max} ${items ? 'påståenden' : 'svarsalternativ'} för fråga ${n}, ett per rad.`,
    duplicate: (n: number) => `Fråga ${n} har två svarsalternativ med samma text.`,
    extraLines: (n: number, inLang: string) => `Fråga ${n}: det finns rader ${inLang} utan motsvarande rad på svenska.`,
    scaleMax: (n: number) =>
      `Fråga ${n}: skalan ska sluta på ett heltal från 2 till 10 som är större än där den börjar.`,
    scaleLabel: (n: number) => `Skriv texterna vid skalans lägsta och högsta värde på svenska för fråga ${n}.`,
    maxLength: (n: number) => `Fråga ${n}: skriv högsta antal tecken som ett heltal från 10 till 4 000.`,
  },

  scoringHeading: 'Problemindex 0–6',
  scoringIntro:
    'Varje svar på en problemfråga ger poäng och indexet är medelvärdet: 0 är närmast obefintligt problem, 6 alarmerande påtagligt problem. "Vet inte" räknas aldrig. Polisen publicerar inte sin exakta viktning, så poängen ställs in här. Resultaten räknas om direkt.',
  pointsLegend: 'Poäng per svar',
  pointsHint: 'Tal från 0 till 6 som inte minskar från "Inget problem" till "Mycket stort problem".',
  pointsInvalid: (level: string) => `Skriv poängen för "${level}" som ett tal från 0 till 6.`,
  itemsLegend: (question: string) => `Påståenden som räknas i det samlade indexet: ${question}`,
  itemsHint:
    'Varje påstående får alltid sitt eget index. Bocka ur det som inte ska räknas i frågans samlade index, totalt och per område.',
  noProblemQuestions: 'Enkäten har inga problemfrågor än. Poängen används när den får en.',
  resetPoints: 'Återställ till 0, 2, 4, 6',
  saveScoring: 'Spara poängsättningen',
  scoringSaved: 'Poängsättningen är sparad. Resultaten räknas med den.',
  notInOverall: 'räknas inte i det samlade indexet',

  categoriesHeading: 'Kategorier för fritext',
  categoriesIntro:
    'Arbetsgruppen kodar fritextsvaren i de här kategorierna. Nyckelorden ger förslag: ett svar med ordet, en böjning av det eller ett sammansatt ord med det får kategorin föreslagen. En kategori som redan används i kodningen kan inte tas bort.',
  categoryLegend: (n: number, name: string) => (name ? `Kategori ${n}: ${name}` : `Kategori ${n}`),
  categoryName: 'Namn',
  keywords: 'Nyckelord för förslag (valfria)',
  keywordsHint: 'Åtskilda med kommatecken, till exempel: klotter, sönder, krossad.',
  addCategory: 'Lägg till kategori',
  saveCategories: 'Spara kategorierna',
  categoriesSaved: 'Kategorierna är sparade.',
  categoryNameRequired: (n: number) => `Skriv namnet på svenska för kategori ${n}.`,
  keywordInvalid: (n: number) => `Kategori ${n}: varje nyckelord ska ha 2–60 tecken och kategorin högst 200 nyckelord.`,
  noCategories: 'Behåll minst en kategori.',
  categoriesFull: 'En enkät kan ha högst 60 kategorier.',
  moveCategoryUp: (n: number) => `Flytta upp kategori ${n}`,
  moveCategoryDown: (n: number) => `Flytta ner kategori ${n}`,
  removeCategory: (n: number) => `Ta bort kategori ${n}`,

  languagesLegend: 'Språk som enkäten erbjuds på',
  languagesHint: 'Texterna behövs på varje valt språk innan enkäten kan publiceras.',
  svAlways: 'Svenska (alltid med)',
  title: 'Titel',
  intro: 'Inledning',
  introHint: 'Visas överst på enkätsidan.',
  introSvRequired: 'Skriv inledningen på svenska också.',
  slug: 'Egen adress (valfri)',
  slugHint: (prefix: string) =>
    `Enkäten nås då på ${prefix}<adress>. Lämna tomt för den slumpade adressen. Kan bara ändras innan enkäten publiceras.`,
  slugLocked: (url: string) =>
    `Enkätens adress är ${url}. Den kan inte ändras efter publicering, eftersom länkar och QR-koder redan kan ha delats ut.`,
  preview: 'Förhandsgranska svarssidan',
  moreMissing: (n: number, inLang: string) => `… och ${n} texter till ${inLang}`,
  previewNewTab: '(öppnas i en ny flik)',
  paperRun: {
    legend: 'Genomförd på papper?',
    choice: 'Enkäten har redan genomförts på papper',
    hint: 'Till exempel förra årets trygghetsmätning. Enkäten publiceras då inte på nätet: ange dagarna den besvarades, registrera den, och mata sedan in svaren under Pappersenkät.',
    submit: 'Registrera som genomförd på papper',
    done: 'Enkäten är registrerad som genomförd på papper. Mata in svaren under Pappersenkät.',
    note: 'Enkäten genomfördes på papper och publiceras inte på nätet. Svaren matas in under Pappersenkät.',
    closesInFuture:
      'Sista svarsdag ligger i framtiden. En enkät som inte är genomförd än publiceras i stället, så att den kan besvaras.',
  },
};
