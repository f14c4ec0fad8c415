/**
 * Ready-made surveys. "Lokal trygghetsmätning" follows the blocks of the
 * police trygghetsmätning: problems in the neighbourhood, victimisation in
 * the last 12 months, worry, feeling unsafe outdoors alone late, views of
 * the police; plus the area, background questions and free text. Question
 * and item ids are stable, so a survey can be compared with the previous
 * one made from the same template.
 *
 * Every text is written in Swedish, English, Finnish and Meänkieli, so a
 * kommun in the administrative areas can offer the survey in all four.
 * Finnish as Swedish authorities write it ("kunta", "poliisi",
 * "henkilönumero"); Meänkieli in its own spelling as in src/i18n/surveys.ts
 * and src/i18n/public/fit.ts ("sie", "oon", "ette", "tahi", "En tiä",
 * "propleemi", h before the long vowel in "mithään", "koskhaan", single l
 * in "turvalinen", "illala"). The Meänkieli texts want a review by a
 * Meänkieli translator before a kommun relies on them.
 */
import type { LocalizedText, Question, QuestionOption, SurveyTemplate } from './types.ts';

export const TRYGGHET_TEMPLATE_KEY = 'lokal-trygghetsmatning';

const t = (sv: string, en: string, fi: string, fit: string): LocalizedText => ({ sv, en, fi, fit });
const opt = (value: string, sv: string, en: string, fi: string, fit: string): QuestionOption => ({
  value,
  label: t(sv, en, fi, fit),
});

export const AGE_BAND_OPTIONS: QuestionOption[] = [
  opt('16-24', '16–24 år', '16–24 years', '16–24 vuotta', '16–24 vuotta'),
  opt('25-34', '25–34 år', '25–34 years', '25–34 vuotta', '25–34 vuotta'),
  opt('35-44', '35–44 år', '35–44 years', '35–44 vuotta', '35–44 vuotta'),
  opt('45-54', '45–54 år', '45–54 years', '45–54 vuotta', '45–54 vuotta'),
  opt('55-64', '55–64 år', '55–64 years', '55–64 vuotta', '55–64 vuotta'),
  opt('65-74', '65–74 år', '65–74 years', '65–74 vuotta', '65–74 vuotta'),
  opt('75-84', '75–84 år', '75–84 years', '75–84 vuotta', '75–84 vuotta'),
  opt('85-', '85 år eller äldre', '85 years or older', '85 vuotta tai vanhempi', '85 vuotta tahi vanhempi'),
];

export const GENDER_OPTIONS: QuestionOption[] = [
  opt('woman', 'Kvinna', 'Woman', 'Nainen', 'Nainen'),
  opt('man', 'Man', 'Man', 'Mies', 'Mies'),
  opt('other', 'Annat', 'Other', 'Muu', 'Muu'),
  opt('no_answer', 'Vill inte svara', 'Prefer not to say', 'En halua vastata', 'En halluu vastata'),
];

export const BACKGROUND_QUESTIONS: Question[] = [
  {
    id: 'age_band',
    kind: 'age_band',
    required: false,
    text: t('Hur gammal är du?', 'How old are you?', 'Minkä ikäinen olet?', 'Kunka vanha sie olet?'),
    options: AGE_BAND_OPTIONS,
  },
  {
    id: 'gender',
    kind: 'gender',
    required: false,
    text: t('Vilket kön har du?', 'What is your gender?', 'Mikä on sukupuolesi?', 'Mikä sukupuoli sinula oon?'),
    options: GENDER_OPTIONS,
  },
];

/** "I vilket område bor du?": its options are filled from the kommun's areas. */
export const AREA_QUESTION: Question = {
  id: 'area',
  kind: 'area',
  required: false,
  options: [],
  text: t('I vilket område bor du?', 'Which area do you live in?', 'Millä alueella asut?', 'Missä alueessa sie asut?'),
  help: t(
    'Välj det område som ligger närmast där du bor.',
    'Choose the area closest to where you live.',
    'Valitse alue, joka on lähimpänä asuinpaikkaasi.',
    'Valitte se alue joka oon lähimpänä sitä paikkaa missä sie asut.',
  ),
};

const PROBLEMS: Question = {
  id: 'problems',
  kind: 'problem',
  required: false,
  text: t(
    'Hur stort problem tycker du att följande är i ditt bostadsområde?',
    'How big a problem do you think the following are in your neighbourhood?',
    'Kuinka suuri ongelma seuraavat asiat ovat mielestäsi asuinalueellasi?',
    'Kunka suuri propleemi nämät asiat oon sinun mielestä siinä alueessa missä sie asut?',
  ),
  help: t(
    'Svara för det område där du bor. Svara ”Vet inte” om du inte har någon uppfattning.',
    "Answer for the area where you live. Answer “Don't know” if you have no view.",
    'Vastaa sen alueen osalta, jolla asut. Vastaa ”En osaa sanoa”, jos sinulla ei ole asiasta käsitystä.',
    'Vastaa sen alueen mukhaan missä sie asut. Jos sie et tiä, vastaa ”En tiä”.',
  ),
  items: [
    {
      id: 'youth_gangs',
      text: t(
        'Ungdomsgäng som bråkar och stör ordningen',
        'Gangs of young people causing trouble and disorder',
        'Nuorisojengit, jotka riehuvat ja häiritsevät järjestystä',
        'Nuoritten jengit jokka pitävä meteliä ja häirittevä järjestystä',
      ),
    },
    {
      id: 'drug_affected',
      text: t(
        'Narkotikapåverkade personer utomhus',
        'People under the influence of drugs outdoors',
        'Huumeiden vaikutuksen alaisena olevat ihmiset ulkona',
        'Ihmiset jokka oon huumheitten vaikutuksen alla ulkona',
      ),
    },
    {
      id: 'drug_dealing',
      text: t(
        'Att narkotika säljs öppet',
        'Drugs being sold openly',
        'Huumeiden avoin myynti',
        'Ette huumheita myyhään aukeasti',
      ),
    },
    {
      id: 'drunk_people',
      text: t(
        'Berusade personer utomhus',
        'Drunk people outdoors',
        'Päihtyneet ihmiset ulkona',
        'Humalassa olevat ihmiset ulkona',
      ),
    },
    {
      id: 'speeding',
      text: t(
        'Bilar som kör för fort',
        'Cars driving too fast',
        'Liian lujaa ajavat autot',
        'Autot jokka ajava liian kovaa',
      ),
    },
    {
      id: 'mopeds',
      text: t(
        'Mopeder och A-traktorer som körs störande eller vårdslöst',
        'Mopeds and A-tractors driven in a disturbing or reckless way',
        'Häiritsevästi tai huolimattomasti ajetut mopot ja A-traktorit',
        'Mopeedit ja A-traktorit joila ajethaan häirittevästi tahi huolimattomasti',
      ),
    },
    {
      id: 'vandalism',
      text: t(
        'Skadegörelse, till exempel klotter eller sönderslagna busskurer',
        'Vandalism, for example graffiti or smashed bus shelters',
        'Ilkivalta, esimerkiksi töhryt tai rikotut bussikatokset',
        'Ilkivalta, esimerkiksi töhryt tahi rikotut pussikatokset',
      ),
    },
    { id: 'litter', text: t('Nedskräpning', 'Littering', 'Roskaaminen', 'Roskien heittäminen maahan') },
    { id: 'burglary', text: t('Inbrott i bostäder', 'Burglaries in homes', 'Asuntomurrot', 'Murrot kothiin') },
    {
      id: 'vehicle_theft',
      text: t(
        'Stölder av och ur bilar, cyklar och båtar',
        'Theft of and from cars, bicycles and boats',
        'Autoihin, polkupyöriin ja veneisiin kohdistuvat varkaudet',
        'Autoitten, pyöritten ja venheitten varkaudet ja varkaudet niistä',
      ),
    },
    {
      id: 'assault',
      text: t(
        'Personer som blir misshandlade, rånade eller hotade utomhus',
        'People being assaulted, robbed or threatened outdoors',
        'Ihmisten joutuminen pahoinpitelyn, ryöstön tai uhkailun kohteeksi ulkona',
        'Ihmiset joita lyöhään, ryöstethään tahi uhathaan ulkona',
      ),
    },
    {
      id: 'dark_places',
      text: t(
        'Dåligt upplysta gator, parker och gång- och cykelvägar',
        'Poorly lit streets, parks, footpaths and cycle paths',
        'Huonosti valaistut kadut, puistot sekä kävely- ja pyörätiet',
        'Huonosti valaistut tiet, puistot ja kävely- ja pyörätiet',
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
    'Oletko itse viimeisten 12 kuukauden aikana joutunut jonkin seuraavista kohteeksi?',
    'Onko sinule ite viimisten 12 kuukauen aikana tapahtunu jotaki näistä?',
  ),
  help: t('Du kan välja flera.', 'You can choose more than one.', 'Voit valita useamman.', 'Sie saatat valita monta.'),
  options: [
    opt('theft', 'Stöld eller inbrott', 'Theft or burglary', 'Varkaus tai murto', 'Varkaus tahi murto'),
    opt(
      'vandalism',
      'Skadegörelse på din egendom',
      'Damage to your property',
      'Omaisuuteesi kohdistunut vahingonteko',
      'Joku oon rikkonu sinun tavaroita',
    ),
    opt('threat', 'Hot', 'Threats', 'Uhkaus', 'Uhkaus'),
    opt('assault', 'Misshandel', 'Assault', 'Pahoinpitely', 'Pahoinpitely'),
    opt(
      'fraud',
      'Bedrägeri, till exempel på telefon eller nätet',
      'Fraud, for example by phone or online',
      'Petos, esimerkiksi puhelimessa tai verkossa',
      'Petos, esimerkiksi telefoonissa tahi netissä',
    ),
    opt('harassment', 'Trakasserier', 'Harassment', 'Häirintä', 'Häirintä'),
    opt('none', 'Nej, inget av detta', 'No, none of these', 'Ei, ei mitään näistä', 'Ei, ei mithään näistä'),
  ],
};

const WORRY: Question = {
  id: 'worry',
  kind: 'single',
  required: false,
  text: t(
    'Hur ofta känner du dig orolig för att utsättas för brott?',
    'How often do you worry about becoming a victim of crime?',
    'Kuinka usein olet huolissasi siitä, että joutuisit rikoksen uhriksi?',
    'Kunka usein sinula oon huoli ette sie joutuisit rikoksen uhriksi?',
  ),
  options: [
    opt('often', 'Ofta', 'Often', 'Usein', 'Usein'),
    opt('sometimes', 'Ibland', 'Sometimes', 'Joskus', 'Joskus'),
    opt('seldom', 'Sällan', 'Seldom', 'Harvoin', 'Harvoin'),
    opt('never', 'Aldrig', 'Never', 'Ei koskaan', 'Ei koskhaan'),
    opt('dont_know', 'Vet inte', "Don't know", 'En osaa sanoa', 'En tiä'),
  ],
};

const AVOID: Question = {
  id: 'avoid',
  kind: 'single',
  required: false,
  text: t(
    'Händer det att du avstår från någon aktivitet, till exempel en promenad eller att åka buss, för att du är orolig för att utsättas för brott?',
    'Do you ever refrain from an activity, such as a walk or taking the bus, because you worry about becoming a victim of crime?',
    'Jätätkö joskus jotakin tekemättä, esimerkiksi kävelyn tai bussimatkan, koska pelkäät joutuvasi rikoksen uhriksi?',
    'Jätätkö sie joskus jotaki tekemättä, esimerkiksi kävelyn tahi pussimatkan, sentähen ko sie pelkäät ette sie joutuisit rikoksen uhriksi?',
  ),
  options: [
    opt('often', 'Ja, ofta', 'Yes, often', 'Kyllä, usein', 'Jo, usein'),
    opt('sometimes', 'Ja, ibland', 'Yes, sometimes', 'Kyllä, joskus', 'Jo, joskus'),
    opt('no', 'Nej', 'No', 'En', 'En'),
  ],
};

const UNSAFE_LATE: Question = {
  id: 'unsafe_late',
  kind: 'single',
  required: false,
  text: t(
    'Hur trygg eller otrygg känner du dig om du går ut ensam sent en kväll i ditt bostadsområde?',
    'How safe or unsafe do you feel if you go out alone late one evening in your neighbourhood?',
    'Kuinka turvalliseksi tai turvattomaksi tunnet olosi, jos lähdet myöhään illalla yksin ulos asuinalueellasi?',
    'Kunka turvaliseksi tahi turvattomaksi sie tunnet ittesi, jos sie lähet yksin ulos myöhään illala siinä alueessa missä sie asut?',
  ),
  options: [
    opt('very_safe', 'Mycket trygg', 'Very safe', 'Erittäin turvalliseksi', 'Oikein turvaliseksi'),
    opt('fairly_safe', 'Ganska trygg', 'Fairly safe', 'Melko turvalliseksi', 'Aika turvaliseksi'),
    opt('fairly_unsafe', 'Ganska otrygg', 'Fairly unsafe', 'Melko turvattomaksi', 'Aika turvattomaksi'),
    opt('very_unsafe', 'Mycket otrygg', 'Very unsafe', 'Erittäin turvattomaksi', 'Oikein turvattomaksi'),
    opt(
      'never_out',
      'Går aldrig ut ensam sent på kvällen',
      'Never go out alone late in the evening',
      'En koskaan lähde yksin ulos myöhään illalla',
      'Mie en koskhaan lähe yksin ulos myöhään illala',
    ),
    opt('dont_know', 'Vet inte', "Don't know", 'En osaa sanoa', 'En tiä'),
  ],
};

const POLICE_TRUST: Question = {
  id: 'police_trust',
  kind: 'single',
  required: false,
  text: t(
    'Hur stort förtroende har du för polisens arbete i ditt område?',
    "How much confidence do you have in the police's work in your area?",
    'Kuinka paljon luotat poliisin työhön alueellasi?',
    'Kunka paljon sie luotat poliisin työhön sinun alueessa?',
  ),
  options: [
    opt('very_high', 'Mycket stort', 'Very high', 'Erittäin paljon', 'Oikein paljon'),
    opt('fairly_high', 'Ganska stort', 'Fairly high', 'Melko paljon', 'Aika paljon'),
    opt('neither', 'Varken stort eller litet', 'Neither high nor low', 'Ei paljon eikä vähän', 'Ei paljon eikä vähän'),
    opt('fairly_low', 'Ganska litet', 'Fairly low', 'Melko vähän', 'Aika vähän'),
    opt('very_low', 'Mycket litet', 'Very low', 'Erittäin vähän', 'Oikein vähän'),
    opt('dont_know', 'Vet inte', "Don't know", 'En osaa sanoa', 'En tiä'),
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
    'Kuinka tyytyväinen olet siihen, miten näkyvästi poliisi on läsnä asuinalueellasi?',
    'Kunka tyytyväinen sie olet siihen kunka hyvin poliisi näkyy siinä missä sie asut?',
  ),
  minLabel: t('Inte alls nöjd', 'Not at all satisfied', 'Ei lainkaan tyytyväinen', 'Ei ollenkhaan tyytyväinen'),
  maxLabel: t('Mycket nöjd', 'Very satisfied', 'Erittäin tyytyväinen', 'Oikein tyytyväinen'),
};

const POLICE_CONTACT: Question = {
  id: 'police_contact',
  kind: 'single',
  required: false,
  text: t(
    'Vet du hur du kan kontakta polisen i ditt område om du vill tipsa eller berätta om något?',
    'Do you know how to contact the police in your area if you want to give a tip or tell them something?',
    'Tiedätkö, miten voit ottaa yhteyttä alueesi poliisiin, jos haluat antaa vihjeen tai kertoa jostakin?',
    'Tiätkö sie kunka sie saatat ottaa yhtheyttä poliisiin sinun alueessa, jos sie halluut antaa vinkin tahi kertoa jostaki?',
  ),
  options: [opt('yes', 'Ja', 'Yes', 'Kyllä', 'Jo'), opt('no', 'Nej', 'No', 'En', 'En')],
};

const FREE_TEXT: Question = {
  id: 'comments',
  kind: 'text',
  required: false,
  maxLength: 2000,
  text: t(
    'Finns det något mer du vill berätta om tryggheten där du bor? Vad skulle göra ditt område tryggare?',
    'Is there anything else you want to tell us about safety where you live? What would make your area safer?',
    'Haluatko kertoa vielä jotakin asuinalueesi turvallisuudesta? Mikä tekisi alueestasi turvallisemman?',
    'Onko vielä jotaki mitä sie halluut kertoa turvalisuuesta siinä missä sie asut? Mikä tekis sinun alueen turvalisemaksi?',
  ),
  help: t(
    'Skriv inte namn, personnummer, telefonnummer eller andra uppgifter som visar vem någon är.',
    'Do not write names, personal identity numbers, phone numbers or other details that show who someone is.',
    'Älä kirjoita nimiä, henkilönumeroita, puhelinnumeroita tai muita tietoja, joista käy ilmi, kuka joku on.',
    'Älä kirjota nimiä, henkilönumeroita, telefooninumeroita tahi muita tietoja joista näkyy kuka joku oon.',
  ),
};

export type { SurveyTemplate };

export const TRYGGHET_TEMPLATE: SurveyTemplate = {
  key: TRYGGHET_TEMPLATE_KEY,
  title: t(
    'Lokal trygghetsmätning',
    'Local safety survey',
    'Paikallinen turvallisuuskysely',
    'Paikalinen turvalisuuskysely',
  ),
  intro: t(
    'Polisen och kommunen vill veta hur du upplever tryggheten där du bor. Dina svar hjälper oss att välja vad vi ska arbeta med. Enkäten tar ungefär tio minuter.',
    'The police and the municipality want to know how safe you feel where you live. Your answers help us choose what to work on. The survey takes about ten minutes.',
    'Poliisi ja kunta haluavat tietää, kuinka turvalliseksi koet asuinalueesi. Vastauksesi auttavat meitä valitsemaan, mihin työssämme keskitymme. Kyselyyn vastaaminen vie noin kymmenen minuuttia.',
    'Poliisi ja kunta halluuva tietää kunka turvaliseksi sie tunnet ittesi siinä missä sie asut. Sinun vastaukset jelppaava meitä valithaan mitä met teemä. Kyselhyyn vastaaminen vie noin kymmenen minuuttia.',
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
