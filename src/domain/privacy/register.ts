/**
 * The register of processing (registerförteckning, GDPR art. 30) for one
 * kommun, generated from its settings, for its dataskyddsombud: which
 * personal data the platform holds, about whom, why, on what legal basis and
 * for how long. Swedish, in the words a DPO's register uses. The fixed
 * periods are the daily job's (src/app/jobs/prune.ts, KEEP); a test holds
 * the two together.
 */
import { controllerOf, monthsWords, type PrivacySettings } from './retention.ts';

export interface ProcessingEntry {
  key: string;
  /** Behandling. */
  activity: string;
  /** Personuppgifter. */
  personalData: string;
  /** Registrerade. */
  dataSubjects: string;
  /** Ändamål. */
  purpose: string;
  /** Rättslig grund. */
  legalBasis: string;
  /** Lagringstid, in words. */
  retention: string;
  /** The period in months when the kommun sets it; null when fixed or tied to something else. */
  retentionMonths: number | null;
  /** Vem som kan ta del av uppgifterna. */
  recipients: string;
}

export interface ProcessingRegister {
  kommun: string;
  controller: string;
  dpoContact: string;
  entries: ProcessingEntry[];
}

/** Fixed periods of the daily job (prune.ts KEEP), in days. */
export const FIXED_DAYS = Object.freeze({ subscriptions: 30, passwordResets: 7, rateLimitHits: 1 });

const PUBLIC_TASK =
  'Uppgift av allmänt intresse (art. 6.1 e), lag (2023:196) om kommuners ansvar för brottsförebyggande arbete';

export function processingRegister(settings: PrivacySettings, kommunName: string): ProcessingRegister {
  const m = (n: number) => monthsWords(n, 'sv');
  const entries: ProcessingEntry[] = [
    {
      key: 'accounts',
      activity: 'Användarkonton för personal',
      personalData: 'Namn, e-postadress, organisation och roll, inställningar för påminnelser',
      dataSubjects: 'Anställda i kommunen, polisen och samverkansparter med konto',
      purpose: 'Inloggning, behörighet och påminnelser om åtaganden',
      legalBasis: PUBLIC_TASK,
      retention:
        'Så länge kontot används. Plattformens administratör kan lämna ut allt om en person och radera kontot på begäran; det ersätts då av en pseudonym.',
      retentionMonths: null,
      recipients: 'Kommunens och polisens administratörer',
    },
    {
      key: 'logins',
      activity: 'Inloggningsuppgifter',
      personalData: 'När en person loggade in och senast var aktiv; misslyckade inloggningsförsök som hashvärden',
      dataSubjects: 'Personal med konto',
      purpose: 'Säkerhet: att upptäcka och utreda obehörig användning',
      legalBasis: `${PUBLIC_TASK}; säkerhetskrav (art. 32)`,
      retention: `${m(settings.loginMonths)} från inloggningen. Misslyckade försök ${FIXED_DAYS.rateLimitHits} dygn, länkar för nytt lösenord ${FIXED_DAYS.passwordResets} dagar efter att de slutat gälla.`,
      retentionMonths: settings.loginMonths,
      recipients: 'Plattformens administratör',
    },
    {
      key: 'audit',
      activity: 'Händelseloggen',
      personalData: 'Vem som ändrade vad och när, med uppgifterna före och efter ändringen',
      dataSubjects: 'Personal med konto; personer som nämns i ändrade uppgifter',
      purpose: 'Spårbarhet och ansvar för beslut och uppföljning',
      legalBasis: PUBLIC_TASK,
      retention: `${m(settings.auditMonths)} från ändringen. Raderas ett konto ersätts namn och e-post i loggen av en pseudonym.`,
      retentionMonths: settings.auditMonths,
      recipients: 'Kommunens administratörer',
    },
    {
      key: 'survey_text',
      activity: 'Fritextsvar i trygghetsenkäter',
      personalData: 'Det invånare skriver med egna ord, som kan innehålla namn, adresser eller telefonnummer',
      dataSubjects: 'Invånare som svarar och personer de nämner',
      purpose: 'Underlag till lägesbilden och medborgarlöftena',
      legalBasis: PUBLIC_TASK,
      retention: `${m(settings.surveyTextMonths)} efter att enkäten stängt; sedan tas texten bort. Ikryssade svar och kodade kategorier sparas som statistik utan personuppgifter.`,
      retentionMonths: settings.surveyTextMonths,
      recipients: 'Arbetsgruppen (behörighet att hantera enkäter); personuppgifter maskeras före publicering',
    },
    {
      key: 'staff_records',
      activity: 'Registrerade insatser, dialoger, trygghetsvandringar och uppföljningar',
      personalData: 'Namnet på den som registrerade, granskade eller godkände',
      dataSubjects: 'Personal med konto',
      purpose: 'Uppföljning av medborgarlöften och åtgärdsplan',
      legalBasis: PUBLIC_TASK,
      retention:
        'Så länge uppgifterna behövs för uppföljningen och enligt kommunens arkivregler. Raderas ett konto ersätts namnet av en pseudonym.',
      retentionMonths: null,
      recipients: 'Personal med behörighet i kommunen och polisområdet',
    },
    {
      key: 'subscriptions',
      activity: 'Prenumerationer på nyheter om medborgarlöftet',
      personalData: 'E-postadress',
      dataSubjects: 'Invånare som prenumererar',
      purpose: 'Att skicka nyheter när något publiceras',
      legalBasis: 'Samtycke (art. 6.1 a)',
      retention: `Tills prenumerationen avslutas; obekräftade och avslutade adresser tas bort efter ${FIXED_DAYS.subscriptions} dagar.`,
      retentionMonths: null,
      recipients: 'Ingen utanför plattformen',
    },
  ];
  return {
    kommun: kommunName,
    controller: controllerOf(settings, kommunName, 'sv'),
    dpoContact: settings.dpoContact.trim(),
    entries,
  };
}

export const REGISTER_COLUMNS: readonly [keyof ProcessingEntry, string][] = [
  ['activity', 'Behandling'],
  ['personalData', 'Personuppgifter'],
  ['dataSubjects', 'Registrerade'],
  ['purpose', 'Ändamål'],
  ['legalBasis', 'Rättslig grund'],
  ['retention', 'Lagringstid'],
  ['recipients', 'Mottagare'],
];
