/**
 * Words of the public survey pages. Swedish first, English second, Finnish
 * and Meänkieli for the administrative areas (Meänkieli in its own spelling,
 * see public/fit.ts). test/public/catalogue.test.ts checks that no language
 * lacks a key.
 */
import type { SurveyLanguage } from '../domain/surveys/types.ts';

const sv = {
  languageName: 'Svenska',
  languages: 'Språk',
  questionNo: (n: number) => `Fråga ${n}`,
  required: 'måste besvaras',
  optional: 'frivillig',
  submit: 'Skicka svar',
  errorTitle: 'Fel: ',
  errorSummary: 'Svaret kunde inte skickas. Rätta följande:',
  errRequired: 'Besvara frågan.',
  errInvalid: 'Välj ett av svarsalternativen.',
  errTooLong: (max: number) => `Svaret är för långt. Skriv högst ${max} tecken.`,
  errExclusive: (label: string) => `Välj inte ”${label}” tillsammans med andra alternativ.`,
  errEmpty: 'Besvara minst en fråga innan du skickar.',
  codeLabel: 'Kod från brevet',
  codeHelp: 'Koden står i brevet du fick, till exempel ACDE-FGHJ. Varje kod kan användas en gång.',
  errCodeMissing: 'Skriv koden från brevet.',
  errCodeInvalid: 'Koden stämmer inte. Kontrollera att du har skrivit den rätt.',
  errCodeUsed: 'Koden har redan använts. Varje kod kan bara användas en gång.',
  errNoToken:
    'Din webbläsare tar inte emot kakor (cookies). Tillåt kakor för den här sidan och försök igen. Kakan används bara för att samma webbläsare inte ska kunna svara två gånger.',
  privacy:
    'Du svarar anonymt. Vi sparar inte ditt namn, din IP-adress eller något annat som visar vem du är. En kaka (cookie) används bara för att samma webbläsare inte ska kunna svara två gånger.',
  privacyCodes:
    'Du svarar anonymt. Koden används bara för att varje brev ska kunna svara en gång; den sparas inte tillsammans med dina svar.',
  chooseOne: 'Välj ett alternativ',
  chooseArea: 'Välj område',
  chooseMany: 'Du kan välja flera.',
  maxChars: (max: number) => `Högst ${max} tecken.`,
  scaleHint: (min: number, max: number, minLabel: string, maxLabel: string) =>
    `${min} betyder ${minLabel.toLowerCase()}, ${max} betyder ${maxLabel.toLowerCase()}.`,
  thanksTitle: 'Tack för ditt svar!',
  thanksText:
    'Dina svar är sparade. De hjälper polisen och kommunen att välja vad vi ska arbeta med för att öka tryggheten.',
  answeredTitle: 'Du har redan svarat',
  answeredText: 'Den här webbläsaren har redan skickat ett svar på enkäten. Tack för att du deltog!',
  closedTitle: 'Enkäten är stängd',
  closedText: 'Det går inte längre att svara på enkäten. Tack till alla som svarade!',
  notOpenTitle: 'Enkäten har inte öppnat än',
  notOpenText: (day: string) => `Du kan svara på enkäten från och med ${day}.`,
  openUntil: (day: string) => `Sista dag att svara: ${day}.`,
  rateLimitedTitle: 'För många svar just nu',
  rateLimitedText: 'Det har kommit väldigt många svar från samma uppkoppling. Vänta en stund och försök igen.',
  resultsTitle: 'Resultat',
  resultsLink: 'Se resultaten',
  noResults: 'Inga resultat är publicerade för den här enkäten än.',
  responses: (n: number) => `${n} svar`,
  tooFew: 'För få svar för att visas',
  answered: 'Antal svar',
  option: 'Svar',
  share: 'Andel',
  index: 'Index (0–6)',
  indexExplained: 'Index från 0 (närmast obefintligt problem) till 6 (alarmerande påtagligt problem).',
  overall: 'Alla påståenden',
  group: 'Grupp',
  byArea: 'per område',
  byGender: 'per kön',
  byAge: 'per åldersgrupp',
  codedAs: 'Vad de som skrev fritext tog upp',
  posterHeading: 'Svara på vår enkät',
  posterText: 'Skanna QR-koden med mobilens kamera eller skriv in adressen:',
  qrAlt: (url: string) => `QR-kod till enkäten: ${url}`,
};

export type SurveyStrings = typeof sv;

const en: SurveyStrings = {
  languageName: 'English',
  languages: 'Language',
  questionNo: (n: number) => `Question ${n}`,
  required: 'required',
  optional: 'optional',
  submit: 'Send answers',
  errorTitle: 'Error: ',
  errorSummary: 'Your answers could not be sent. Please correct the following:',
  errRequired: 'Answer the question.',
  errInvalid: 'Choose one of the options.',
  errTooLong: (max: number) => `The answer is too long. Write at most ${max} characters.`,
  errExclusive: (label: string) => `Do not choose “${label}” together with other options.`,
  errEmpty: 'Answer at least one question before sending.',
  codeLabel: 'Code from the letter',
  codeHelp: 'The code is in the letter you received, for example ACDE-FGHJ. Each code can be used once.',
  errCodeMissing: 'Enter the code from the letter.',
  errCodeInvalid: 'The code is not correct. Check that you typed it correctly.',
  errCodeUsed: 'The code has already been used. Each code can only be used once.',
  errNoToken:
    'Your browser does not accept cookies. Allow cookies for this page and try again. The cookie is only used so that the same browser cannot answer twice.',
  privacy:
    'You answer anonymously. We do not store your name, your IP address or anything else that shows who you are. A cookie is only used so that the same browser cannot answer twice.',
  privacyCodes:
    'You answer anonymously. The code is only used so that each letter can answer once; it is not stored with your answers.',
  chooseOne: 'Choose one option',
  chooseArea: 'Choose an area',
  chooseMany: 'You can choose more than one.',
  maxChars: (max: number) => `At most ${max} characters.`,
  scaleHint: (min: number, max: number, minLabel: string, maxLabel: string) =>
    `${min} means ${minLabel.toLowerCase()}, ${max} means ${maxLabel.toLowerCase()}.`,
  thanksTitle: 'Thank you for your answers!',
  thanksText:
    'Your answers have been saved. They help the police and the municipality choose what to work on to make people feel safer.',
  answeredTitle: 'You have already answered',
  answeredText: 'This browser has already sent answers to the survey. Thank you for taking part!',
  closedTitle: 'The survey is closed',
  closedText: 'It is no longer possible to answer the survey. Thank you to everyone who answered!',
  notOpenTitle: 'The survey has not opened yet',
  notOpenText: (day: string) => `You can answer the survey from ${day}.`,
  openUntil: (day: string) => `Last day to answer: ${day}.`,
  rateLimitedTitle: 'Too many answers right now',
  rateLimitedText: 'Very many answers have come from the same connection. Please wait a while and try again.',
  resultsTitle: 'Results',
  resultsLink: 'See the results',
  noResults: 'No results have been published for this survey yet.',
  responses: (n: number) => `${n} answers`,
  tooFew: 'Too few answers to show',
  answered: 'Answers',
  option: 'Answer',
  share: 'Share',
  index: 'Index (0–6)',
  indexExplained: 'Index from 0 (almost no problem) to 6 (an alarming, obvious problem).',
  overall: 'All statements',
  group: 'Group',
  byArea: 'by area',
  byGender: 'by gender',
  byAge: 'by age band',
  codedAs: 'What those who wrote free text brought up',
  posterHeading: 'Answer our survey',
  posterText: "Scan the QR code with your phone's camera or type the address:",
  qrAlt: (url: string) => `QR code for the survey: ${url}`,
};

const fi: SurveyStrings = {
  languageName: 'Suomi',
  languages: 'Kieli',
  questionNo: (n: number) => `Kysymys ${n}`,
  required: 'pakollinen',
  optional: 'vapaaehtoinen',
  submit: 'Lähetä vastaukset',
  errorTitle: 'Virhe: ',
  errorSummary: 'Vastauksia ei voitu lähettää. Korjaa seuraavat kohdat:',
  errRequired: 'Vastaa kysymykseen.',
  errInvalid: 'Valitse yksi vaihtoehdoista.',
  errTooLong: (max: number) => `Vastaus on liian pitkä. Kirjoita enintään ${max} merkkiä.`,
  errExclusive: (label: string) => `Älä valitse ”${label}” yhdessä muiden vaihtoehtojen kanssa.`,
  errEmpty: 'Vastaa vähintään yhteen kysymykseen ennen lähettämistä.',
  codeLabel: 'Kirjeessä oleva koodi',
  codeHelp: 'Koodi on saamassasi kirjeessä, esimerkiksi ACDE-FGHJ. Kutakin koodia voi käyttää kerran.',
  errCodeMissing: 'Kirjoita kirjeessä oleva koodi.',
  errCodeInvalid: 'Koodi ei ole oikea. Tarkista, että kirjoitit sen oikein.',
  errCodeUsed: 'Koodi on jo käytetty. Kutakin koodia voi käyttää vain kerran.',
  errNoToken:
    'Selaimesi ei hyväksy evästeitä. Salli evästeet tälle sivulle ja yritä uudelleen. Evästettä käytetään vain siihen, ettei samalla selaimella voi vastata kahdesti.',
  privacyCodes:
    'Vastaat nimettömänä. Koodia käytetään vain siihen, että kustakin kirjeestä voi vastata kerran; sitä ei tallenneta vastaustesi kanssa.',
  scaleHint: (min: number, max: number, minLabel: string, maxLabel: string) =>
    `${min} tarkoittaa ${minLabel.toLowerCase()}, ${max} tarkoittaa ${maxLabel.toLowerCase()}.`,
  rateLimitedTitle: 'Liian monta vastausta juuri nyt',
  rateLimitedText: 'Samasta yhteydestä on tullut hyvin monta vastausta. Odota hetki ja yritä uudelleen.',
  privacy:
    'Vastaat nimettömänä. Emme tallenna nimeäsi, IP-osoitettasi tai mitään muuta, mistä näkee kuka olet. Evästettä käytetään vain siihen, ettei samalla selaimella voi vastata kahdesti.',
  chooseOne: 'Valitse yksi vaihtoehto',
  chooseArea: 'Valitse alue',
  chooseMany: 'Voit valita useamman.',
  maxChars: (max: number) => `Enintään ${max} merkkiä.`,
  thanksTitle: 'Kiitos vastauksestasi!',
  thanksText:
    'Vastauksesi on tallennettu. Ne auttavat poliisia ja kuntaa valitsemaan, mihin turvallisuustyössä keskitytään.',
  answeredTitle: 'Olet jo vastannut',
  answeredText: 'Tällä selaimella on jo vastattu kyselyyn. Kiitos osallistumisestasi!',
  closedTitle: 'Kysely on suljettu',
  closedText: 'Kyselyyn ei voi enää vastata. Kiitos kaikille vastanneille!',
  notOpenTitle: 'Kysely ei ole vielä avautunut',
  notOpenText: (day: string) => `Voit vastata kyselyyn ${day} alkaen.`,
  openUntil: (day: string) => `Viimeinen vastauspäivä: ${day}.`,
  resultsTitle: 'Tulokset',
  resultsLink: 'Katso tulokset',
  noResults: 'Tämän kyselyn tuloksia ei ole vielä julkaistu.',
  responses: (n: number) => `${n} vastausta`,
  tooFew: 'Liian vähän vastauksia näytettäväksi',
  answered: 'Vastauksia',
  option: 'Vastaus',
  share: 'Osuus',
  index: 'Indeksi (0–6)',
  indexExplained: 'Indeksi 0:sta (lähes olematon ongelma) 6:een (hälyttävän selvä ongelma).',
  overall: 'Kaikki väittämät',
  group: 'Ryhmä',
  byArea: 'alueittain',
  byGender: 'sukupuolen mukaan',
  byAge: 'ikäryhmittäin',
  codedAs: 'Mitä vapaaseen tekstiin kirjoitettiin',
  posterHeading: 'Vastaa kyselyymme',
  posterText: 'Skannaa QR-koodi puhelimen kameralla tai kirjoita osoite:',
  qrAlt: (url: string) => `QR-koodi kyselyyn: ${url}`,
};

const fit: SurveyStrings = {
  languageName: 'Meänkieli',
  languages: 'Kieli',
  questionNo: (n: number) => `Kysymys ${n}`,
  required: 'pitää vasta',
  optional: 'vaphaaehtonen',
  submit: 'Lähätä vastaukset',
  errorTitle: 'Virhe: ',
  errorSummary: 'Vastauksia ei saatu lähätettyä. Korjaa nämät:',
  errRequired: 'Vastaa kysymykseen.',
  errInvalid: 'Valitte yksi vaihtoehoista.',
  errTooLong: (max: number) => `Vastaus oon liian pitkä. Kirjota enintään ${max} merkkiä.`,
  errExclusive: (label: string) => `Älä valitte ”${label}” yhessä toisitten vaihtoehtoitten kans.`,
  errEmpty: 'Vastaa vähhiinthään yhtheen kysymykseen ennen ko sie lähätät.',
  codeLabel: 'Kooti kirjeestä',
  codeHelp: 'Kooti oon kirjeessä minkä sie sait, esimerkiksi ACDE-FGHJ. Jokaista kootia saattaa käyttää kerran.',
  errCodeMissing: 'Kirjota kooti kirjeestä.',
  errCodeInvalid: 'Kooti ei passaa. Katto ette sie olet kirjottanu sen oikein.',
  errCodeUsed: 'Kooti oon jo käytetty. Jokaista kootia saattaa käyttää vain kerran.',
  errNoToken:
    'Sinun selain ei ota vasthaan kakkuja (cookies). Salli kakut tälle sivule ja kokeile uuesti. Kakkua käytethään vain sitä varten, ette sama selain ei saattas vastata kahesti.',
  privacy:
    'Sie vastaat nimettömänä. Met emmä pane taltheen sinun nimeä, IP-atressia eikä mithään muuta mistä näkyy kuka sie olet. Kakkua käytethään vain sitä varten, ette sama selain ei saattas vastata kahesti.',
  privacyCodes:
    'Sie vastaat nimettömänä. Kootia käytethään vain sitä varten, ette jokhaisesta kirjeestä saattaa vastata kerran; sitä ei panna taltheen sinun vastauksitten kans.',
  chooseOne: 'Valitte yksi vaihtoehto',
  chooseArea: 'Valitte alue',
  chooseMany: 'Sie saatat valita monta.',
  maxChars: (max: number) => `Enintään ${max} merkkiä.`,
  scaleHint: (min: number, max: number, minLabel: string, maxLabel: string) =>
    `${min} meinaa ${minLabel.toLowerCase()}, ${max} meinaa ${maxLabel.toLowerCase()}.`,
  thanksTitle: 'Kiitos vastauksesta!',
  thanksText:
    'Sinun vastaukset oon pantu taltheen. Net jelppaava poliisia ja kuntaa valithaan mitä met teemä, ette turvalisuus kasvais.',
  answeredTitle: 'Sie olet jo vastanu',
  answeredText: 'Tästä selaimesta oon jo lähätetty vastaus kyselhyyn. Kiitos ette sie olit mukana!',
  closedTitle: 'Kysely oon suljettu',
  closedText: 'Kyselhyyn ei saata enämpi vastata. Kiitos kaikile jokka vastasit!',
  notOpenTitle: 'Kysely ei ole vielä auki',
  notOpenText: (day: string) => `Sie saatat vastata kyselhyyn ${day} alkaen.`,
  openUntil: (day: string) => `Viiminen päivä vastata: ${day}.`,
  rateLimitedTitle: 'Liian monta vastausta just nyt',
  rateLimitedText: 'Samasta yhtheyestä oon tullu oikein monta vastausta. Oota hetki ja kokeile uuesti.',
  resultsTitle: 'Tulokset',
  resultsLink: 'Katto tulokset',
  noResults: 'Tämän kyselyn tuloksia ei ole vielä julkastu.',
  responses: (n: number) => `${n} vastausta`,
  tooFew: 'Liian vähän vastauksia näyttää',
  answered: 'Vastauksia',
  option: 'Vastaus',
  share: 'Osuus',
  index: 'Indeksi (0–6)',
  indexExplained: 'Indeksi 0:sta (melkein ei ollenkhaan propleemi) 6:heen (hälyttävän selvä propleemi).',
  overall: 'Kaikki väitteet',
  group: 'Joukko',
  byArea: 'alueitten mukhaan',
  byGender: 'sukupuolen mukhaan',
  byAge: 'ikäjoukkoitten mukhaan',
  codedAs: 'Mitä net jokka kirjotit vaphaata tekstiä nostit esile',
  posterHeading: 'Vastaa meän kyselhyyn',
  posterText: 'Skannaa QR-kooti telefoonin kameralla tahi kirjota atressi:',
  qrAlt: (url: string) => `QR-kooti kyselhyyn: ${url}`,
};

export const SURVEY_STRINGS: Record<SurveyLanguage, SurveyStrings> = {
  sv,
  en,
  fi,
  fit,
};

/** The language a page's own words are in (every survey language now has its own words). */
export const UI_LANG: Readonly<Record<SurveyLanguage, SurveyLanguage>> = Object.freeze({
  sv: 'sv',
  en: 'en',
  fi: 'fi',
  fit: 'fit',
});

/** The language asked for in ?lang=, if the survey is offered in it; otherwise Swedish. */
export function surveyLanguage(raw: unknown, offered: readonly SurveyLanguage[]): SurveyLanguage {
  return typeof raw === 'string' && (offered as readonly string[]).includes(raw) ? (raw as SurveyLanguage) : 'sv';
}

/** A calendar day written out: "31 oktober 2026". */
export function longDay(day: string, lang: SurveyLanguage): string {
  const locale = lang === 'en' ? 'en-GB' : lang === 'fi' ? 'fi-FI' : 'sv-SE';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
