/** Swedish words of the lägesbild's crime section: series per category, län and riket, Polisen's events, the text proposal. */
export const svCrime = {
  crime: {
    heading: 'Brottslighetens omfattning',
    intro:
      'Statistiken som är inläst för kommunen: anmälda brott per kategori och år (BRÅ), per 100 000 invånare med SCB:s folkmängd, jämfört med länet och riket, och Polisens händelser per månad. Det senaste året jämförs med snittet av de tre åren före.',
    none: 'Ingen statistik är inläst för kommunen än. Läs in BRÅ:s, SCB:s och Polisens filer under Statistik.',
    riket: 'Riket',
    kommunName: (name: string) => (/\s(kommun|stad)$/i.test(name) ? name : `${name} kommun`),
    year: 'År',
    count: 'Antal',
    rate: 'Per 100 000 invånare',
    countOf: (place: string) => `Antal, ${place}`,
    rateOf: (place: string) => `Per 100 000, ${place}`,
    policeInitiated:
      'Brotten upptäcks oftast genom Polisens eget arbete, så antalet speglar också hur mycket Polisen har arbetat med dem.',
    dash: '"-" i källan',
    perRate: 'per 100 000 invånare',
    perCount: 'antal anmälda brott',
    tableCaption: (label: string) => `${label}: anmälda brott per år`,
    chartSummary: (label: string, what: string, places: string) =>
      `Diagrammet visar ${label.toLowerCase()}, ${what}, per år för ${places}. Tabellen under diagrammet har samma siffror.`,
    comparison: (place: string, year: number, count: string, span: string, mean: string, change: string) =>
      `${place}: ${count} brott ${year} mot i snitt ${mean} brott per år ${span}; ${change}.`,
    changeUp: (pct: string, basis: string) => `${pct} procent högre ${basis}`,
    changeDown: (pct: string, basis: string) => `${pct} procent lägre ${basis}`,
    changeSame: (basis: string) => `samma nivå ${basis}`,
    changeNone: 'snittet är 0, ingen procentsats',
    basisRate: 'per 100 000 invånare',
    basisCount: 'i antal',
    noComparison: (place: string, reason: string) => `${place}: ingen jämförelse. ${reason}`,
    eventsHeading: (year: number) => `Polisens händelser ${year}`,
    eventsIntro: (total: string, year: number) =>
      `${total} händelser publicerades på polisen.se ${year}. Händelserna är ett urval som Polisen publicerar, inte brottsstatistik.`,
    eventsChartSummary: 'Diagrammet visar händelserna per månad, uppdelat på typ. Tabellen under har samma siffror.',
    eventsCaption: (year: number) => `Polisens händelser per typ och månad ${year}`,
    eventType: 'Händelsetyp',
    total: 'Totalt',
    otherTypes: 'Övriga typer',
    months: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    sources: 'Källor',
    imported: (date: string) => `inläst ${date}`,
    propose: 'Föreslå text från statistiken',
    proposeHint:
      'Skriver ett förslag ur statistiken i fältet ovan. Inget sparas förrän du sparar texterna, och text du redan har skrivit ersätts bara om du väljer det.',
    proposeNone: 'Det finns ingen inläst statistik att skriva ett förslag från.',
    proposeFilled: 'Förslaget står nu i fältet. Redigera det och spara texterna.',
    proposeConflict: 'Fältet har redan text. Vad ska hända med den?',
    proposeReplace: 'Ersätt min text med förslaget',
    proposeAppend: 'Lägg till förslaget efter min text',
    proposeCancel: 'Behåll min text',
  },
};
