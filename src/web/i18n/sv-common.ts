/**
 * Swedish words shared by the whole staff app (the shell, sign-in, common
 * buttons, roles and kinds); loaded with the app's first chunk (i18n.tsx).
 */
export const svCommon = {
  lang: 'sv',
  productName: 'Medborgarlöften',
  skipToContent: 'Hoppa till innehållet',
  loading: 'Laddar …',
  saving: 'Sparar …',
  save: 'Spara',
  cancel: 'Avbryt',
  close: 'Stäng',
  yes: 'Ja',
  no: 'Nej',
  none: '–',
  saved: 'Ändringarna är sparade.',
  unexpectedError: 'Något gick fel. Försök igen.',
  pageLoadFailed: 'Sidan kunde inte hämtas. Kontrollera anslutningen och ladda om appen.',
  reloadApp: 'Ladda om appen',
  errorSummaryHeading: 'Rätta följande för att gå vidare:',
  required: (field: string) => `Fyll i ${field.toLowerCase()}.`,
  chooseRequired: (field: string) => `Välj ${field.toLowerCase()}.`,
  passwordTooShort: 'Lösenordet måste ha minst 10 tecken.',
  pageTitle: (page: string) => `${page} – Medborgarlöften`,

  language: {
    label: 'Språk',
    sv: 'Svenska',
    en: 'English',
  },

  signIn: {
    title: 'Logga in',
    intro: 'Logga in för att arbeta med medborgarlöften, aktiviteter och uppföljning.',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    submitting: 'Loggar in …',
    forgot: 'Glömt lösenordet?',
    // The server's label may be a whole phrase already ("Logga in med organisationens konto").
    withOidc: (label: string) => (/^logga in/i.test(label) ? label : `Logga in med ${label}`),
    or: 'eller',
    signedOut: 'Du är utloggad.',
    passwordChanged: 'Ditt lösenord är bytt. Logga in med det nya lösenordet.',
    oidcErrors: {
      oidc_failed:
        'Inloggningen med organisationens konto misslyckades. Försök igen eller logga in med e-post och lösenord.',
      oidc_cancelled: 'Inloggningen med organisationens konto avbröts.',
      oidc_unknown_user:
        'Ditt konto hos organisationen är inte kopplat till någon användare här. Be en administratör att lägga upp dig med samma e-postadress.',
      oidc_account_disabled: 'Ditt konto är avstängt. Kontakta en administratör.',
    } as Record<string, string>,
    oidcErrorFallback: 'Inloggningen med organisationens konto misslyckades.',
  },

  forgot: {
    title: 'Glömt lösenordet',
    intro:
      'Skriv e-postadressen till ditt konto så skickar vi en länk där du kan välja ett nytt lösenord. Länken gäller i en timme.',
    submit: 'Skicka länk',
    back: 'Tillbaka till inloggningen',
  },

  newPassword: {
    title: 'Välj nytt lösenord',
    intro: 'Lösenordet måste ha minst 10 tecken. En fras med flera ord är lätt att minnas och svår att gissa.',
    password: 'Nytt lösenord',
    repeat: 'Upprepa lösenordet',
    mismatch: 'Lösenorden är inte likadana.',
    submit: 'Spara lösenordet',
    missingToken: 'Länken saknar sin kod. Öppna länken från e-postmeddelandet igen, eller begär en ny.',
    requestNew: 'Begär en ny länk',
  },

  header: {
    signedInAs: 'Inloggad som',
    signOut: 'Logga ut',
  },

  nav: {
    label: 'Huvudmeny',
    overview: 'Översikt',
    promises: 'Löften',
    activities: 'Aktiviteter',
    dialogue: 'Dialog och enkäter',
    situation: 'Lägesbild',
    followUp: 'Uppföljning',
    admin: 'Administration',
  },

  notFound: {
    title: 'Sidan finns inte',
    text: 'Vi hittade ingen sida på den adressen.',
    back: 'Till översikten',
  },

  roles: {
    admin: 'Administratör',
    coordinator: 'Samordnare',
    officer: 'Kommunpolis/handläggare',
    partner: 'Samverkanspart',
    viewer: 'Läsare',
    leader: 'Ledning',
  },

  kinds: {
    platform: 'Plattform',
    region: 'Polisregion',
    police_area: 'Lokalpolisområde',
    municipality: 'Kommun',
    partner: 'Samverkanspart',
  },

  partnerTypes: {
    skola: 'Skola',
    socialtjanst: 'Socialtjänst',
    fritidsgard: 'Fritidsgård',
    bostadsbolag: 'Bostadsbolag',
    raddningstjanst: 'Räddningstjänst',
    grannsamverkan: 'Grannsamverkan',
    naringsliv: 'Näringsliv',
    ovrig: 'Övrig',
  },

  admin: {
    title: 'Administration',
    subNav: 'Administration',
    organisations: 'Organisationer',
    users: 'Användare',
    tokens: 'API-nycklar',
    audit: 'Händelselogg',
    forbidden: 'Du behöver vara administratör för att se den här sidan.',
  },

  confirm: {
    title: 'Bekräfta',
  },
};
