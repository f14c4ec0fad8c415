/** Svenska / English, each named in its own language; the choice is remembered in this browser. */
import { useI18n, type Lang } from '../i18n/i18n.tsx';

const LANGS: readonly Lang[] = ['sv', 'en'];

export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t.language.label}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
          {t.language[l]}
        </button>
      ))}
    </div>
  );
}
