/**
 * What kind of text a sentence or bullet is, as a careful reader tells it:
 * a promised activity (someone does something: a verb of doing, or a count
 * target), a topic (a noun phrase naming a problem, goal or focus area:
 * "Stölder och inbrott", "ökad trygghet"), or speech (a quote or a
 * reported statement on a news page). Decided by structure and verb forms,
 * not by single headings, so that other wordings of the same kinds are read
 * alike.
 */
import { ACTIVITY_VERB } from './blocks.ts';
import { parsePartyList } from './parties.ts';
import { leadingSubjects, readParties } from './responsible.ts';
import { splitSentences, tokenize } from './text.ts';

export const PROMISE_VERB = /(?<![\p{L}])(ska|skall|kommer att|lovar|åtar sig)(?![\p{L}])/iu;
/** "kommer polisen att …": the subject stands between the verb and "att" after a fronted phrase. */
const KOMMER_INVERTED = /(?<![\p{L}])kommer\s+(?:\p{L}+\s+){1,3}att(?![\p{L}])/iu;

/** ", säger Anna Berg", "menar han", "berättar att": the words are someone's statement, not a promise. */
const SPEECH_VERB =
  /(?<![\p{L}])(?:säger|sa|menar|berättar|konstaterar|förklarar|betonar|understryker|tycker|anser|framhåller|hoppas|poängterar)\s+(?:han|hon|de|hen|att|\p{Lu}\p{L}+)/u;
const OPENING_QUOTE = /^["“”«»'’]/u;

/** "…, säger kommunstyrelsens ordförande.": an attribution after the words. */
const ATTRIBUTION =
  /[,–—"”]\s*(?:säger|sa|menar|berättar|konstaterar|förklarar|betonar|understryker|tycker|anser|framhåller|hoppas|poängterar)(?![\p{L}])/u;

export function isSpeech(text: string): boolean {
  const t = text.trim();
  return OPENING_QUOTE.test(t) || SPEECH_VERB.test(t) || ATTRIBUTION.test(t);
}

/** The promise is about the promise itself: it is followed up, published, presented. */
const ABOUT_PROMISE =
  /^(medborgarlöfte(t|na|n)?|löfte(t|na|n)?|arbetet|resultat(et|en)?|uppföljning(en)?|överenskommelse(n)?|enligt|i löftet)\s|(presentera|publicera|följa upp|redovisa)\s+(löftet|medborgarlöftet|arbetet)/iu;
/**
 * A sentence whose doing is to report or follow up ("Polisen ska också
 * redovisa antalet …", "Kommunen sammanställer resultaten …"): it tells how
 * a promise is followed up and is no promise of its own. "…, vilket
 * redovisas vid varje tertial" inside a promise does not make it one.
 */
const REPORTING =
  /(?<![\p{L}])(?:ska|skall|kommer att|lovar att)\s+(?:(?:också|även|sedan)\s+)?(?:redovisa|rapportera|återrapportera|följa upp|sammanställa)(?![\p{L}])|^(?:\S+\s+){1,3}?(?:(?:också|även)\s+)?(?:redovisar|rapporterar|återrapporterar|sammanställer|följer upp)(?![\p{L}])/iu;

const MODAL_WORD = /^(ska|skall|kommer|lovar|åtar)$/u;
/** Words that may stand before the verb in a fronted time or place phrase ("Under hösten", "I centrum"). */
const FRONT_MAX = 8;

/**
 * The parties that promise in one sentence: "Polisen kommer att …", or,
 * with a time or place phrase first, "Under hösten kommer polisen att …",
 * "I centrum ska kommunen …" (Swedish puts the verb second, the subject after it).
 */
export function promiseSubjects(sentence: string): string[] {
  const lead = leadingSubjects(sentence);
  if (lead.length > 0) return lead;
  const tokens = tokenize(sentence);
  for (let k = 1; k <= Math.min(FRONT_MAX, tokens.length - 2); k++) {
    if (!MODAL_WORD.test(tokens[k]?.lower ?? '')) continue;
    return parsePartyList(tokens, k + 1, false).parties;
  }
  return [];
}

/**
 * "Vi ska genomföra …", "Under året lovar vi att erbjuda …": the parties of
 * the promise as "vi", with a verb of doing (not "Vi kommer att fokusera på").
 */
const DOING_VERB = ACTIVITY_VERB.source.replace(/^\^/u, '').replace('(?![\\p{L}])', '');
const WE_DO = new RegExp(
  [
    // "Vi ska (också) genomföra …", "Vi lovar att erbjuda …"
    `^vi\\s+(?:ska|skall|lovar att|kommer att)\\s+(?:(?:också|även|tillsammans)\\s+)*${DOING_VERB}(?![\\p{L}])`,
    // "Vi lovar att finnas på plats …": "lovar att" promises whatever verb follows (an infinitive, "-a" or "-as").
    `^vi\\s+(?:(?:också|även|tillsammans)\\s+)*lovar\\s+att\\s+(?:(?:också|även|tillsammans)\\s+)*\\p{L}+as?(?![\\p{L}])`,
    // "Under året ska vi genomföra …", "I år lovar vi att erbjuda …"
    `^(?:\\S+\\s+){1,6}?(?:ska|skall|lovar|kommer)\\s+vi\\s+(?:(?:också|även|tillsammans|att)\\s+)*${DOING_VERB}(?![\\p{L}])`,
  ].join('|'),
  'iu',
);

/** Finite verbs that state, report or judge rather than do. */
const NOT_DOING = new Set(
  (
    'har är var hade blir blev kan vill får bör måste behöver ser menar säger sa anser tycker vet känner upplever ' +
    'berättar bedömer hoppas konstaterar tror saknar önskar äger utgör heter ligger står omfattar gäller ' +
    'samverkar tecknar undertecknar presenterar'
  ).split(' '),
);
const BEFORE_VERB = new Set(['tillsammans', 'gemensamt', 'också', 'även', 'regelbundet', 'fortsatt', 'aktivt', ',']);

/** "Polisen genomför fotpatrull …": a party, then a present-tense verb of doing. */
function doesInPresent(sentence: string): boolean {
  if (leadingSubjects(sentence).length === 0) return false;
  const tokens = tokenize(sentence);
  const subject = parsePartyList(tokens, 0, false);
  if (subject.parties.length === 0) return false;
  let k = subject.end;
  while (BEFORE_VERB.has(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k]?.lower ?? '';
  return /^\p{Ll}+r$/u.test(verb) && !NOT_DOING.has(verb);
}

/**
 * A sentence in which a named party promises to do something ("ska",
 * "kommer att", "lovar att"); with `present`, also one that states what a
 * party does ("Polisen genomför …"), as promise pages often do.
 */
export function isPromiseSentence(sentence: string, present = false): boolean {
  if (isSpeech(sentence) || ABOUT_PROMISE.test(sentence.trim())) return false;
  const promised = PROMISE_VERB.test(sentence) || KOMMER_INVERTED.test(sentence);
  if (promised) return promiseSubjects(sentence).length > 0 || WE_DO.test(sentence);
  return present && doesInPresent(sentence);
}

/**
 * The promises of a paragraph, one text each: every promising sentence
 * starts one, the sentences that follow it (how, where, how it is followed
 * up) belong to it, and sentences before the first (a title, an
 * introduction) belong to none. A paragraph quoted as a whole holds none.
 */
export function promisesOf(paragraph: string, present = false): string[] {
  if (OPENING_QUOTE.test(paragraph.trim())) return [];
  const pieces: string[] = [];
  for (const written of splitSentences(paragraph)) {
    const label = LABEL.exec(written);
    // "Löfte: Vi lovar att öka tryggheten." names the focus area; its "Aktiviteter: …" are the commitments.
    if (label?.[1] && FOCUS_LABEL.test(label[1])) continue;
    const sentence = label ? written.slice(label[0].length) : written;
    const reporting = REPORTING.test(sentence);
    const doing = present || (label?.[1] !== undefined && ACTIVITY_LABEL.test(label[1]));
    if (!reporting && isPromiseSentence(sentence, doing)) pieces.push(...promiseClauses(sentence, doing));
    else if (pieces.length > 0 && !isSpeech(sentence)) pieces[pieces.length - 1] += ` ${sentence}`;
  }
  return pieces;
}

const CLAUSE_JOIN = /(?:,\s*|\s+)(?:och|samt)\s+(?=\p{L})/gu;

/**
 * "Polisen lovar att genomföra X och kommunen lovar att ordna Y." holds two
 * promises: a clause joined by "och"/"samt" starts a new one when it has a
 * doer and a promise verb of its own and the text before it already
 * promised something ("Polisen och kommunen lovar …" stays one).
 */
function promiseClauses(sentence: string, present: boolean): string[] {
  const out: string[] = [];
  let start = 0;
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_JOIN)) {
    const at = m.index ?? 0;
    const rest = sentence.slice(at + m[0].length);
    const before = sentence.slice(from, at);
    if (isPromiseSentence(before, present) && isPromiseSentence(rest, present) && promiseSubjects(rest).length > 0) {
      out.push(sentence.slice(start, at).trim());
      start = at + m[0].length;
      from = start;
    }
  }
  out.push(sentence.slice(start).trim());
  return out;
}

/**
 * An infinitive opening an activity, told from a noun ending in -a by what
 * follows it: an object, particle or preposition ("Rusta upp belysningen",
 * "Anställa en fältassistent"), never "och" ("Unga och narkotika").
 */
const INFINITIVE_FIRST =
  /^\p{L}+a\s+(en|ett|upp|bort|fram|ut|in|till|den|det|de|minst|fler|alla|sin|sina|sitt|med|på|i|om|för|av|tillsammans|över|mer|ner|ned|samman|regelbundet|kontinuerligt|löpande)(?![\p{L}])/iu;

/** A sentence opening with a label: "Aktiviteter: Polisen patrullerar …". */
const LABEL = /^([\p{L} ]{2,30}):\s+/u;
const ACTIVITY_LABEL = /^(aktivitet(er)?|åtgärd(er)?|insats(er)?|så gör vi|det gör vi|detta gör vi)$/iu;
const FOCUS_LABEL = /^(löfte(t)?|vårt löfte|mål(et)?|syfte(t)?|fokus(område(t)?)?|område(t)?|tema)$/iu;

/** Nouns that name an activity even without a verb ("Trygghetsvandringar i centrum"). */
const ACTIVITY_NOUN =
  /(kontroll|insats|vandring|patrullering|besök|träff|möte|utbildning|föreläsning|kampanj|dialog|samtal|övning|tillsyn|kartläggning|inventering|information|razzia|närvaro|övervakning|mätning|samverkan)(en|er|erna|ar|arna|na|n|et|a)?(?![\p{L}])/iu;

/**
 * A bullet that only names a topic: a short noun phrase, no verb of doing,
 * no doer, no number ("Trafikbrott", "Stölder och inbrott", "ökad trygghet").
 */
export function isTopic(text: string): boolean {
  return isNounPhrase(text) && !ACTIVITY_NOUN.test(text);
}

/**
 * "Fler unga ska känna sig trygga", "Antalet inbrott ska minska": a state
 * someone hopes for, with "ska" but no party or "vi" doing anything.
 */
export function isGoalStatement(text: string): boolean {
  const m = /^(.{2,60}?)\s(?:ska|skall)\s/iu.exec(text.trim());
  if (!m?.[1] || /^(vi|det|att)$/iu.test(m[1])) return false;
  return promiseSubjects(text).length === 0 && !WE_DO.test(text) && !ACTIVITY_VERB.test(m[1]);
}

/** A short phrase without a doer, a verb of doing or a number: a topic, or an activity only named ("Fler trafikkontroller"). */
export function isNounPhrase(text: string): boolean {
  const t = text.trim().replace(/[.;,]$/u, '');
  if (isSpeech(t)) return false;
  if (t.split(/\s+/u).length > 8 || /\d/u.test(t)) return false;
  const verbal = t.replace(/^att\s+/iu, '');
  if (PROMISE_VERB.test(t) || ACTIVITY_VERB.test(verbal) || INFINITIVE_FIRST.test(verbal)) return false;
  const parties = readParties(t);
  return parties.explicit === null && parties.subjects.length === 0;
}

const SIGNED =
  /(?<![\p{L}])(undertecknade|undertecknat|undertecknats|undertecknande(t)?|skrev(\s+\p{L}+){0,3}\s+under|skrivit under|skrivits under|skrevs under|tecknade|tecknat|tecknats|förnyar|presenterade|kommit överens)(?![\p{L}])/iu;
const NEWS_MARK = /^(publicerad|pressmeddelande|nyheter|aktuellt|nyhet)(?![\p{L}])/iu;

/** A page that reports on a promise or an agreement (who signed, what was said) rather than stating one. */
export function looksLikeNews(texts: string[]): boolean {
  const speech = texts.some(isSpeech);
  const signed = texts.some((t) => SIGNED.test(t));
  const marked = texts.some((t) => NEWS_MARK.test(t.trim()));
  return (signed && (speech || marked)) || (speech && marked);
}

/** The message when a text holds no promise at all. */
export function noPromisesMessage(texts: string[]): string {
  return looksLikeNews(texts)
    ? 'Inga löften hittades: texten ser ut som en nyhet om en överenskommelse eller ett medborgarlöfte, inte som löftet självt med utlovade aktiviteter.'
    : 'Inga löften hittades i texten: ingen punktlista, tabellrad eller stycke lovar en aktivitet.';
}

/** A line that is only a party, as a label: "Polisen:", "Kommunen och socialtjänsten:". */
export function labelParties(text: string): string[] {
  const label = tokenize(text.replace(/\s*:\s*$/u, ''));
  const only = parsePartyList(label, 0, false);
  return only.parties.length > 0 && only.end === label.length ? only.parties : [];
}
