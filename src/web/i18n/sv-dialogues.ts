/** Swedish words of Dialog och enkäter: dialogues, findings, trygghetsvandringar and open actions. */
import { PROBLEM_CATEGORIES } from '../../domain/dialogues/categories.ts';
import type { ActionStatus, DialogueKind, WalkStage } from '../api/dialogues.ts';

export const svDialogues = {
  kommunChoice: { label: 'Kommun' },

  dialogueNav: {
    label: 'Dialog och enkäter',
    dialogues: 'Dialoger',
    walks: 'Trygghetsvandringar',
    actions: 'Öppna åtgärder',
    est: 'EST',
    surveys: 'Enkäter',
    statistics: 'Statistik',
    areas: 'Områden',
  },

  dialogueKinds: {
    medborgardialog: 'Medborgardialog',
    medarbetardialog: 'Medarbetardialog',
    trygghetsvandring: 'Trygghetsvandring',
  } as Record<DialogueKind, string>,

  /** The problem categories' names, from the one list (domain/dialogues/categories.ts). */
  categoryNames: Object.fromEntries(PROBLEM_CATEGORIES.map((c) => [c.key, c.label])) as Record<string, string>,

  participants: {
    legend: 'Deltagare',
    hint: 'Antal per grupp, till exempel boende, näringsidkare, polis.',
    defaultGroup: 'Boende',
    group: (n: number) => `Grupp ${n}`,
    count: (n: number) => `Antal i grupp ${n}`,
    remove: (n: number) => `Ta bort grupp ${n}`,
    removeShort: 'Ta bort',
    add: 'Lägg till grupp',
    total: (n: number) => `Totalt ${n} deltagare`,
    groupRequired: (n: number) => `Skriv namnet på grupp ${n}.`,
    countInvalid: (n: number) => `Skriv antalet i grupp ${n} som ett heltal.`,
  },

  findings: {
    heading: 'Iakttagelser',
    intro:
      'Det som sågs eller sades, ett per rad. Kategori och allvarlighet avgör hur iakttagelsen väger i lägesbilden.',
    legend: (n: number) => `Iakttagelse ${n}`,
    text: 'Vad sågs eller sades?',
    textHint: 'Skriv inte namn, personnummer eller telefonnummer.',
    category: 'Problemkategori',
    chooseCategory: 'Välj kategori',
    seriousness: 'Allvarlighet (1–5)',
    levels: ['Obetydligt', 'Lindrigt', 'Märkbart', 'Allvarligt', 'Mycket allvarligt'],
    area: 'Område (valfritt)',
    remove: (n: number) => `Ta bort iakttagelse ${n}`,
    removeShort: 'Ta bort',
    add: 'Lägg till iakttagelse',
    textRequired: (n: number) => `Skriv vad som sågs eller sades i iakttagelse ${n}.`,
    categoryRequired: (n: number) => `Välj problemkategori för iakttagelse ${n}.`,
    number: 'Nr',
    action: 'Åtgärd',
    statusColumn: 'Status',
    rowActions: 'Åtgärder',
    ownerDue: (owner: string, due: string) => `Ansvarig: ${owner} · Klart senast ${due}`,
    status: { no_action: 'Ingen åtgärd planerad', open: 'Pågår', overdue: 'Försenad', done: 'Klar' } as Record<
      ActionStatus,
      string
    >,
    overdueDays: (n: number) => `Försenad ${n} ${n === 1 ? 'dag' : 'dagar'}`,
    markDone: 'Markera klar',
    markDoneLabel: (what: string) => `Markera klar: ${what}`,
    markedDone: 'Åtgärden är markerad som klar.',
  },

  dialogueList: {
    heading: 'Dialoger',
    intro:
      'Medborgardialoger, medarbetardialoger och trygghetsvandringar i kommunen. Iakttagelserna blir underlag i lägesbilden.',
    register: 'Registrera dialog',
    kindFilter: 'Dialogform',
    allKinds: 'Alla former',
    caption: 'Dialoger, nyast först',
    date: 'Datum',
    title: 'Dialog',
    kind: 'Form',
    where: 'Plats och område',
    participants: 'Deltagare',
    findings: 'Iakttagelser',
    count: (n: number) => (n === 1 ? '1 dialog' : `${n} dialoger`),
    none: 'Inga dialoger registrerade i kommunen än.',
  },

  dialogueForm: {
    heading: 'Registrera dialog',
    back: 'Tillbaka till dialogerna',
    intro:
      'En medborgardialog eller medarbetardialog som har hållits. Trygghetsvandringar planeras och följs upp under Trygghetsvandringar.',
    kind: 'Dialogform',
    date: 'Datum',
    dateHint: 'Dagen dialogen hölls, inte senare än i dag.',
    place: 'Plats',
    placeHint: 'Till exempel Folkets hus. Ange plats eller område.',
    area: 'Område (valfritt)',
    areaHint: 'Stadsdel, by eller delområde. Ett nytt namn läggs till som område i kommunen.',
    title: 'Rubrik (valfritt)',
    titleHint: 'Lämnas den tom skapas en rubrik av form, plats och datum.',
    note: 'Anteckning (valfritt)',
    submit: 'Spara dialogen',
    dateInvalid: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
    dateFuture: 'Datumet ligger i framtiden. Registrera det som har hänt.',
    placeRequired: 'Ange plats eller område.',
  },

  dialoguePage: {
    back: 'Tillbaka till dialogerna',
    created: 'Dialogen är sparad.',
    kind: 'Form',
    kommun: 'Kommun',
    date: 'Datum',
    place: 'Plats',
    area: 'Område',
    participants: 'Deltagare',
    participantsText: (total: number, groups: string) => `${total} (${groups})`,
    route: 'Slinga',
    note: 'Anteckning',
    findingsHeading: 'Iakttagelser',
    findingsCaption: (n: number) => `Iakttagelser (${n})`,
    noFindings: 'Inga iakttagelser registrerade.',
    addFindings: 'Lägg till iakttagelser',
    saveFindings: 'Spara iakttagelserna',
    findingsAdded: 'Iakttagelserna är sparade.',
  },

  walkStages: { formote: 'Förmöte', vandring: 'Vandring', aterkoppling: 'Återkoppling', klar: 'Klar' } as Record<
    WalkStage,
    string
  >,

  walkList: {
    heading: 'Trygghetsvandringar',
    intro:
      'En trygghetsvandring går i tre steg: förmöte och planering, själva vandringen med iakttagelser, och ett återkopplingsmöte 2–3 veckor senare där varje iakttagelse får en ansvarig och en åtgärd.',
    plan: 'Planera trygghetsvandring',
    toActions: 'Se öppna åtgärder',
    caption: 'Trygghetsvandringar, nyast först',
    date: 'Datum',
    title: 'Vandring',
    stage: 'Steg',
    where: 'Plats och område',
    findings: 'Iakttagelser',
    openActions: 'Öppna åtgärder',
    count: (n: number) => (n === 1 ? '1 trygghetsvandring' : `${n} trygghetsvandringar`),
    none: 'Inga trygghetsvandringar i kommunen än.',
  },

  planWalk: {
    heading: 'Planera trygghetsvandring',
    back: 'Tillbaka till trygghetsvandringarna',
    intro: 'Steg 1: förmötet. Bestäm dag, plats och slinga. Högst cirka 20 personer bör gå tillsammans.',
    preMeetingDate: 'Förmöte',
    date: 'Vandringens datum',
    followUpDate: 'Återkopplingsmöte (valfritt)',
    followUpHint: 'Metoden rekommenderar 2–3 veckor efter vandringen.',
    place: 'Plats',
    whereHint: 'Ange plats, område eller slinga.',
    area: 'Område (valfritt)',
    route: 'Slinga (valfritt)',
    participants: 'Förväntade deltagare',
    submit: 'Planera vandringen',
    preAfterWalk: 'Förmötet måste hållas före vandringen.',
    followBeforeWalk: 'Återkopplingsmötet måste hållas efter vandringen.',
    whereRequired: 'Ange plats, område eller slinga.',
  },

  recordWalk: {
    date: 'Datum då vandringen gjordes',
    dateHint: 'Inte senare än i dag.',
    participants: 'Deltagare som gick',
    submit: 'Spara vandringen',
  },

  followUpMeeting: {
    date: 'Datum för återkopplingsmötet',
    findingLegend: (n: number, text: string) => `Iakttagelse ${n}: ${text}`,
    owner: 'Ansvarig',
    action: 'Åtgärd',
    dueDate: 'Klart senast',
    noFindings: 'Vandringen har inga iakttagelser.',
    submit: 'Spara återkopplingen',
    ownerRequired: (n: number) => `Skriv vem som är ansvarig för iakttagelse ${n}.`,
    actionRequired: (n: number) => `Skriv åtgärden för iakttagelse ${n}.`,
    dueRequired: (n: number) => `Skriv när åtgärden för iakttagelse ${n} ska vara klar (ÅÅÅÅ-MM-DD).`,
    dueBeforeMeeting: (n: number) => `Åtgärden för iakttagelse ${n} kan inte vara klar före återkopplingsmötet.`,
  },

  walkPage: {
    stepsLabel: 'Vandringens steg',
    stepState: { done: 'Klart', current: 'Pågår nu', todo: 'Kommer' },
    warningsHeading: 'Att tänka på',
    stepHeading: {
      formote: 'Steg 2: Registrera vandringen',
      vandring: 'Steg 3: Återkopplingsmötet',
      aterkoppling: 'Avsluta vandringen',
      klar: 'Planera nästa vandring',
    } as Record<WalkStage, string>,
    stepIntro: {
      formote: 'När vandringen är gjord: skriv vilken dag, vilka som gick och vad ni såg.',
      vandring:
        'Vid återkopplingsmötet får varje iakttagelse en ansvarig, en åtgärd och ett datum. Lämna raden tom för en iakttagelse som inte ska åtgärdas.',
      aterkoppling:
        'Avsluta vandringen när återkopplingen är klar. Öppna åtgärder visas ändå tills de är markerade som klara.',
      klar: 'Metoden rekommenderar en ny vandring på samma slinga några månader senare, så att åtgärderna hinner göras.',
    } as Record<WalkStage, string>,
    planned: 'Trygghetsvandringen är planerad.',
    recorded: 'Vandringen är registrerad.',
    followedUp: 'Återkopplingen är sparad.',
    closed: 'Vandringen är avslutad.',
    close: 'Avsluta vandringen',
    noFindings: 'Inga iakttagelser än.',
    nextDate: 'Datum för nästa vandring',
    nextHint: 'Förslaget ligger fyra månader fram.',
    nextAfter: 'Nästa vandring måste ligga efter den här.',
    planNext: 'Planera ny vandring',
  },

  openActions: {
    heading: 'Öppna åtgärder',
    intro:
      'Åtgärder från trygghetsvandringar och dialoger som inte är gjorda än, den tidigaste först. Markera en åtgärd som klar när den är gjord.',
    listHeading: 'Åtgärder att göra',
    caption: 'Öppna åtgärder, tidigast först',
    action: 'Åtgärd',
    owner: 'Ansvarig',
    due: 'Klart senast',
    status: 'Status',
    finding: 'Iakttagelse',
    source: 'Från',
    count: (n: number, overdue: number) =>
      `${n} ${n === 1 ? 'öppen åtgärd' : 'öppna åtgärder'}${overdue ? `, varav ${overdue} försenade` : ''}.`,
    none: 'Inga öppna åtgärder i kommunen.',
  },
};
