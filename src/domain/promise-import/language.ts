/**
 * Whether a text looks Swedish. The reading rules know Swedish words only
 * (number words, "per månad", "Polisen ansvarar …"), so an English or other
 * text would come out as a draft that looks read but has lost its targets and
 * parties: the user is told instead. Counted over the text's words: the share
 * of frequent Swedish words (function words and the words every promise
 * uses) against frequent words of English and the neighbouring languages.
 */

const SWEDISH = new Set(
  (
    'och att det som en ett är på för med av till den de om inte har vi vid från eller samt också under genom mot ' +
    'alla efter mellan när vad hur vem ska kommer kan skall varje minst per månad månader vecka veckor år året ' +
    'termin gång gånger polisen kommunen kommun medborgarlöfte medborgarlöften löfte löften genomför genomföra ' +
    'trygghet tryggt trygghetsvandring trygghetsvandringar samverkan tillsammans ansvarig ansvar uppföljning ' +
    'ungdomar unga skolor skolan öka minska arbeta arbetar arbetet inom där även sina sin våra vår vårt fler ' +
    'lokalpolisområde invånare boende dialog'
  ).split(' '),
);

/** English, Norwegian/Danish, Finnish and German words that Swedish does not use. */
const FOREIGN = new Set(
  (
    'the and of to is that for with will we our be are on by this at as it an from or not each least month ' +
    'year week police municipality safety together which their they have has was were would should ' +
    'og ikke skal også være politiet gjennom mellom etter hvor hva hvem jeg vil blir af ' +
    'ja on että ei joka poliisi kunta vuosi ' +
    'und der die das ist nicht mit für von zu wir polizei gemeinde'
  ).split(' '),
);

/** Fewer words than this say too little to judge. */
const MIN_WORDS = 12;
/** Swedish running text has 25–40 % of these words, a bare Swedish bullet list well over 10 %. */
const MIN_SWEDISH_SHARE = 0.06;
/** Enough words for a judgement; the start of a text is what decides its language. */
const SAMPLE_WORDS = 5000;

export const NOT_SWEDISH_WARNING =
  'Texten verkar inte vara på svenska. Importen läser svenska medborgarlöften: mål, antal och ansvariga kan ha missats. Läs in den svenska versionen, eller kontrollera varje åtagande.';

/** True when the text has enough words and they are not mostly Swedish. */
export function looksNonSwedish(text: string): boolean {
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, SAMPLE_WORDS) ?? [];
  if (words.length < MIN_WORDS) return false;
  let swedish = 0;
  let foreign = 0;
  for (const word of words) {
    if (SWEDISH.has(word)) swedish++;
    else if (FOREIGN.has(word)) foreign++;
  }
  return foreign > swedish || swedish < words.length * MIN_SWEDISH_SHARE;
}
