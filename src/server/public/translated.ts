/**
 * Staff-written texts on the public pages in the reader's language (issue
 * 18): the translation where staff wrote one for the Swedish as it stands,
 * else the Swedish marked lang="sv" so a screen reader switches voice, and
 * the note "only available in Swedish" (in the reader's language) once per
 * section that holds such a text, not after every sentence.
 */
import { PUBLIC_CATALOGUES, type PublicLocale } from '../../i18n/public.ts';
import { shownText, type ShownText, type Translations } from '../../domain/translations/index.ts';
import { html, raw, type Raw } from './html.ts';

export { NO_TRANSLATIONS, type Translations } from '../../domain/translations/index.ts';

/** The texts of one section in one language; remembers whether any of them fell back to Swedish. */
export class SectionTexts {
  #fellBack = false;
  readonly translations: Translations;
  readonly locale: PublicLocale;

  constructor(translations: Translations, locale: PublicLocale) {
    this.translations = translations;
    this.locale = locale;
  }

  /** The text to show for `item`, whose Swedish is `sv`. */
  shown(item: string, sv: string): ShownText {
    const s = shownText(this.translations, item, sv, this.locale);
    if (s.swedish) this.#fellBack = true;
    return s;
  }

  /** The text wrapped in a span marked lang="sv" when it is the Swedish standing in; the bare text otherwise. */
  text(item: string, sv: string): Raw | string {
    const s = this.shown(item, sv);
    return s.swedish ? html`<span lang="sv">${s.text}</span>` : s.text;
  }

  /** ` lang="sv"` for the element that holds the text, when it is the Swedish standing in. */
  attr(s: ShownText): Raw | null {
    return s.swedish ? raw(' lang="sv"') : null;
  }

  /** True when a text of this section is shown in Swedish for want of a translation. */
  get fellBack(): boolean {
    return this.#fellBack;
  }

  /** The note, in the reader's language, when a text of this section is only in Swedish; nothing otherwise. */
  note(): Raw | null {
    return this.#fellBack ? onlyInSwedishNote(this.locale) : null;
  }
}

export function onlyInSwedishNote(locale: PublicLocale): Raw {
  return html`<p class="only-sv">${PUBLIC_CATALOGUES[locale].onlyInSwedish}</p>`;
}
