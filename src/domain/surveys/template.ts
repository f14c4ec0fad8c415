/**
 * Ready-made surveys. "Lokal trygghetsmätning" follows the blocks of the
 * police trygghetsmätning: problems in the neighbourhood, victimisation in
 * the last 12 months, worry, feeling unsafe outdoors alone late, views of
 * the police; plus the area, background questions and free text. Question
 * and item ids are stable, so a survey can be compared with the previous
 * one made from the same template.
 */
import type { LocalizedText, Question, QuestionOption, SurveyTemplate } from './types.ts';

export const TRYGGHET_TEMPLATE_KEY = 'lokal-trygghetsmatning';

const t = (sv: string, en: string): LocalizedText => ({ sv, en });
const opt = (value: string, sv: string, en: string): QuestionOption => ({ value, label: t(sv, en) });

export const AGE_BAND_OPTIONS: QuestionOption[] = [
  opt('16-24', '16–24 år', '16–24 years'),
  opt('25-34', '25–34 år', '25–34 years'),
  opt('35-44', '35–44 år', '35–44 years'),
  opt('45-54', '45–54 år', '45–54 years'),
  opt('55-64', '55–64 år', '55–64 years'),
  opt('65-74', '65–74 år', '65–74 years'),
  opt('75-84', '75–84 år', '75–84 years'),
  opt('85-', '85 år eller äldre', '85 years or older'),
];

export const GENDER_OPTIONS: QuestionOption[] = [
  opt('woman', 'Kvinna', 'Woman'),
  opt('man', 'Man', 'Man'),
  opt('other', 'Annat', 'Other'),
  opt('no_answer', 'Vill inte svara', 'Prefer not to say'),
];

export const BACKGROUND_QUESTIONS: Question[] = [
  {
    id: 'age_band',
    kind: 'age_band',
    required: false,
    text: t('Hur gammal är du?', 'How old are you?'),
    options: AGE_BAND_OPTIONS,
  },
  {
    id: 'gender',
    kind: 'gender',
    required: false,
    text: t('Vilket kön har du?', 'What is your gender?'),
    options: GENDER_OPTIONS,
  },
];

/** "I vilket område bor du?": its options are filled from the kommun's areas. */
export const AREA_QUESTION: Question = {
  id: 'area',
  kind: 'area',
  required: false,
  options: [],
  text: t('I vilket område bor du?', 'Which area do you live in?'),
  help: t('Välj det område som ligger närmast där du bor.', 'Choose the area closest to where you live.'),
};

const PROBLEMS: Question = {
  id: 'problems',
  kind: 'problem',
  required: false,
  text: t(
    'Hur stort problem tycker du att följande är i ditt bostadsområde?',
    'How big a problem do you think the following are in your neighbourhood?',
  ),
  help: t(
    'Svara för det område där du bor. Svara ”Vet inte” om du inte har någon uppfattning.',
    "Answer for the area where you live. Answer “Don't know” if you have no view.",
  ),
  items: [
    {
      id: 'youth_gangs',
      text: t('Ungdomsgäng som bråkar och stör ordningen', 'Gangs of young people causing trouble and disorder'),
    },
    {
      id: 'drug_affected',
      text: t('Narkotikapåverkade personer utomhus', 'People under the influence of drugs outdoors'),
    },
    { id: 'drug_dealing', text: t('Att narkotika säljs öppet', 'Drugs being sold openly') },
    { id: 'drunk_people', text: t('Berusade personer utomhus', 'Drunk people outdoors') },
    { id: 'speeding', text: t('Bilar som kör för fort', 'Cars driving too fast') },
    {
      id: 'mopeds',
      text: t(
        'Mopeder och A-traktorer som körs störande eller vårdslöst',
        'Mopeds and A-tractors driven in a disturbing or reckless way',
      ),
    },
    {
      id: 'vandalism',
      text: t(
        'Skadegörelse, till exempel klotter eller sönderslagna busskurer',
        'Vandalism, for example graffiti or smashed bus shelters',
      ),
    },
    { id: 'litter', text: t('Nedskräpning', 'Littering') },
    { id: 'burglary', text: t('Inbrott i bostäder', 'Burglaries in homes') },
    {
      id: 'vehicle_theft',
      text: t('Stölder av och ur bilar, cyklar och båtar', 'Theft of and from cars, bicycles and boats'),
    },
    {
      id: 'assault',
      text: t(
        'Personer som blir misshandlade, rånade eller hotade utomhus',
        'People being assaulted, robbed or threatened outdoors',
      ),
    },
    {
      id: 'dark_places',
      text: t(
        'Dåligt upplysta gator, parker och gång- och cykelvägar',
        'Poorly lit streets, parks, footpaths and cycle paths',
      ),
    },
  ],
};

const VICTIMISATION: Question = {
  id: 'victimisation',
  kind: 'multiple',
  required: false,
  exclusive: 'none',
  text: t(
    'Har du själv under de senaste 12 månaderna utsatts för något av följande?',
    'In the last 12 months, have you yourself been a victim of any of the following?',
  ),
  help: t('Du kan välja flera.', 'You can choose more than one.'),
  options: [
    opt('theft', 'Stöld eller inbrott', 'Theft or burglary'),
    opt('vandalism', 'Skadegörelse på din egendom', 'Damage to your property'),
    opt('threat', 'Hot', 'Threats'),
    opt('assault', 'Misshandel', 'Assault'),
    opt('fraud', 'Bedrägeri, till exempel på telefon eller nätet', 'Fraud, for example by phone or online'),
    opt('harassment', 'Trakasserier', 'Harassment'),
    opt('none', 'Nej, inget av detta', 'No, none of these'),
  ],
};

const WORRY: Question = {
  id: 'worry',
  kind: 'single',
  required: false,
  text: t(
    'Hur ofta känner du dig orolig för att utsättas för brott?',
    'How often do you worry about becoming a victim of crime?',
  ),
  options: [
    opt('often', 'Ofta', 'Often'),
    opt('sometimes', 'Ibland', 'Sometimes'),
    opt('seldom', 'Sällan', 'Seldom'),
    opt('never', 'Aldrig', 'Never'),
    opt('dont_know', 'Vet inte', "Don't know"),
  ],
};

const AVOID: Question = {
  id: 'avoid',
  kind: 'single',
  required: false,
  text: t(
    'Händer det att du avstår från någon aktivitet, till exempel en promenad eller att åka buss, för att du är orolig för att utsättas för brott?',
    'Do you ever refrain from an activity, such as a walk or taking the bus, because you worry about becoming a victim of crime?',
  ),
  options: [
    opt('often', 'Ja, ofta', 'Yes, often'),
    opt('sometimes', 'Ja, ibland', 'Yes, sometimes'),
    opt('no', 'Nej', 'No'),
  ],
};

const UNSAFE_LATE: Question = {
  id: 'unsafe_late',
  kind: 'single',
  required: false,
  text: t(
    'Hur trygg eller otrygg känner du dig om du går ut ensam sent en kväll i ditt bostadsområde?',
    'How safe or unsafe do you feel if you go out alone late one evening in your neighbourhood?',
  ),
  options: [
    opt('very_safe', 'Mycket trygg', 'Very safe'),
    opt('fairly_safe', 'Ganska trygg', 'Fairly safe'),
    opt('fairly_unsafe', 'Ganska otrygg', 'Fairly unsafe'),
    opt('very_unsafe', 'Mycket otrygg', 'Very unsafe'),
    opt('never_out', 'Går aldrig ut ensam sent på kvällen', 'Never go out alone late in the evening'),
    opt('dont_know', 'Vet inte', "Don't know"),
  ],
};

const POLICE_TRUST: Question = {
  id: 'police_trust',
  kind: 'single',
  required: false,
  text: t(
    'Hur stort förtroende har du för polisens arbete i ditt område?',
    "How much confidence do you have in the police's work in your area?",
  ),
  options: [
    opt('very_high', 'Mycket stort', 'Very high'),
    opt('fairly_high', 'Ganska stort', 'Fairly high'),
    opt('neither', 'Varken stort eller litet', 'Neither high nor low'),
    opt('fairly_low', 'Ganska litet', 'Fairly low'),
    opt('very_low', 'Mycket litet', 'Very low'),
    opt('dont_know', 'Vet inte', "Don't know"),
  ],
};

const POLICE_PRESENCE: Question = {
  id: 'police_presence',
  kind: 'scale',
  required: false,
  min: 1,
  max: 5,
  text: t(
    'Hur nöjd är du med hur synlig polisen är där du bor?',
    'How satisfied are you with how visible the police are where you live?',
  ),
  minLabel: t('Inte alls nöjd', 'Not at all satisfied'),
  maxLabel: t('Mycket nöjd', 'Very satisfied'),
};

const POLICE_CONTACT: Question = {
  id: 'police_contact',
  kind: 'single',
  required: false,
  text: t(
    'Vet du hur du kan kontakta polisen i ditt område om du vill tipsa eller berätta om något?',
    'Do you know how to contact the police in your area if you want to give a tip or tell them something?',
  ),
  options: [opt('yes', 'Ja', 'Yes'), opt('no', 'Nej', 'No')],
};

const FREE_TEXT: Question = {
  id: 'comments',
  kind: 'text',
  required: false,
  maxLength: 2000,
  text: t(
    'Finns det något mer du vill berätta om tryggheten där du bor? Vad skulle göra ditt område tryggare?',
    'Is there anything else you want to tell us about safety where you live? What would make your area safer?',
  ),
  help: t(
    'Skriv inte namn, personnummer, telefonnummer eller andra uppgifter som visar vem någon är.',
    'Do not write names, personal identity numbers, phone numbers or other details that show who someone is.',
  ),
};

export type { SurveyTemplate };

export const TRYGGHET_TEMPLATE: SurveyTemplate = {
  key: TRYGGHET_TEMPLATE_KEY,
  title: t('Lokal trygghetsmätning', 'Local safety survey'),
  intro: t(
    'Polisen och kommunen vill veta hur du upplever tryggheten där du bor. Dina svar hjälper oss att välja vad vi ska arbeta med. Enkäten tar ungefär tio minuter.',
    'The police and the municipality want to know how safe you feel where you live. Your answers help us choose what to work on. The survey takes about ten minutes.',
  ),
  questions: [
    AREA_QUESTION,
    PROBLEMS,
    VICTIMISATION,
    WORRY,
    AVOID,
    UNSAFE_LATE,
    POLICE_TRUST,
    POLICE_PRESENCE,
    POLICE_CONTACT,
    FREE_TEXT,
    ...BACKGROUND_QUESTIONS,
  ],
};

export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = [TRYGGHET_TEMPLATE];

export function templateByKey(key: string): SurveyTemplate | undefined {
  return SURVEY_TEMPLATES.find((tpl) => tpl.key === key);
}

/** A deep copy, so a survey can change its questions without touching the template. */
export function templateQuestions(tpl: SurveyTemplate): Question[] {
  return structuredClone(tpl.questions);
}
