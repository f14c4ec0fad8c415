/**
 * The chosen language (Swedish by default), kept in localStorage, and the
 * words for it. The first load on a phone carries only the Swedish words of
 * the shell, sign-in and quick entry (sv-first.ts, issue 16); the words of
 * the other pages (sv-more.ts) arrive with the first page loaded when opened
 * (loadMoreWords, called by ui/lazyPage.tsx), and English, in the same two
 * parts, only when chosen.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Messages } from './sv.ts';
import { svFirst } from './sv-first.ts';

export type Lang = 'sv' | 'en';

/**
 * Text that is put into words when shown, not when stored, so a message
 * kept in state follows a later change of language.
 */
export type Localized = (t: Messages, lang: Lang) => string;

/** An API message ({message, messageEn}) as Localized text. */
export function fromApi(texts: { message: string; messageEn: string }): Localized {
  return (_t, lang) => (lang === 'en' ? texts.messageEn : texts.message);
}

const STORAGE_KEY = 'lofte.lang';
/**
 * A language's words as far as they are loaded: typed as all of them, since
 * a page that needs more than the first words is shown only after
 * loadMoreWords (the first chunk's modules use only the first words, as
 * test/architecture/web-bundle.test.ts checks).
 */
const MESSAGES: Partial<Record<Lang, Messages>> = { sv: { ...svFirst } as Messages };
/** Whether a page needing the rest of the words was opened: a language chosen later then loads its rest too. */
let moreWanted = false;
const moreLoaded = new Set<Lang>();

async function loadMore(lang: Lang): Promise<void> {
  const words = MESSAGES[lang];
  if (!words || moreLoaded.has(lang)) return;
  const more = lang === 'en' ? (await import('./en-more.ts')).enMore : (await import('./sv-more.ts')).svMore;
  Object.assign(words, more);
  moreLoaded.add(lang);
}

/** Fetches a language's words unless they are here already. */
export async function loadLang(lang: Lang): Promise<void> {
  if (lang === 'en' && !MESSAGES.en) MESSAGES.en = { ...(await import('./en-first.ts')).enFirst } as Messages;
  if (moreWanted) await loadMore(lang);
}

/** The language on screen (set by I18nProvider as it renders): the one whose rest loadMoreWords fetches. */
let shownLang: Lang = 'sv';

/** Fetches the words of the pages loaded when opened, in the language shown (ui/lazyPage.tsx). */
export async function loadMoreWords(): Promise<void> {
  moreWanted = true;
  await loadMore(shownLang);
}

interface I18n {
  lang: Lang;
  t: Messages;
  setLang: (lang: Lang) => void;
  /** Picks the API error text in the current language. */
  pick: (texts: { message: string; messageEn: string }) => string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  // An English user's words are fetched before the first render (a moment of blank page, not of Swedish).
  const [ready, setReady] = useState(() => Boolean(MESSAGES[lang]));
  useEffect(() => {
    if (ready) return;
    void loadLang(lang)
      .catch(() => setLangState('sv'))
      .finally(() => setReady(true));
  }, [ready, lang]);
  const setLang = useCallback((next: Lang) => {
    // Without a connection English may not come: the page then stays in the language it has.
    void loadLang(next).then(
      () => setLangState(next),
      () => undefined,
    );
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may forbid storage; the choice then lasts for this page view.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  shownLang = MESSAGES[lang] ? lang : 'sv';
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: MESSAGES[lang] ?? (MESSAGES.sv as Messages),
      setLang,
      pick: (texts) => (lang === 'en' ? texts.messageEn : texts.message),
    }),
    // `ready`: the words of a language fetched after the first render are picked up when they arrive.
    [lang, setLang, ready],
  );
  return ready ? <I18nContext.Provider value={value}>{children}</I18nContext.Provider> : null;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

/** Dates and times the Swedish way (2026-03-01 14:05) in both languages: unambiguous for everyone. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
