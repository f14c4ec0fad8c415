/**
 * Övertorneå, in the administrative areas for Finnish and Meänkieli, has
 * its current promise in both languages too (issue 18), so the demo shows a
 * kommun page in Finnish and Meänkieli with staff's own translations; the
 * other kommuner fall back to the Swedish with the note. Our own writing:
 * Finnish as Swedish authorities write it, Meänkieli in its own spelling
 * (the forms of src/i18n/public/fit.ts: "kaks", "tekkee", "vähinthään",
 * "yhessä", "kans", "ko", "oon", the genitive plural in -tten, h before the
 * vowel in "huumheet", "oppilhaile"). A Meänkieli translator should read
 * them before a kommun relies on them. Texts are matched by their Swedish,
 * so a change of the demo document leaves that text untranslated rather
 * than wrong.
 */
import type { Deps } from '../deps.ts';
import { promiseSetTexts } from '../../domain/translations/index.ts';
import type { StoredPromiseSet } from '../promises/promise-sets.ts';
import { savePromiseSetTranslations } from '../translations/translations.ts';
import type { KommunCast } from './people.ts';

/** The kommuner of the demo whose current promise is translated, by kommunkod. */
export const TRANSLATED_DEMO_KOMMUNER = ['2518'] as const;

type Both = { fi: string; fit: string };

/** Övertorneå's current promise (documents/current/overtornea.txt), by its Swedish texts. */
const OVERTORNEA: Record<string, Both> = {
  'Trafik genom byarna': { fi: 'Liikenne kylien läpi', fit: 'Trafiikki kylitten läpi' },
  'Unga, alkohol och droger': { fi: 'Nuoret, alkoholi ja huumeet', fit: 'Nuoret, alkoholi ja huumheet' },
  'Trygghet i centralorten': { fi: 'Turvallisuus keskustaajamassa', fit: 'Turvalisuus keskustassa' },
  'Polisen genomför minst två trafikkontroller i månaden längs riksvägen genom Juoksengi, Hietaniemi och Svanstein.': {
    fi: 'Poliisi tekee vähintään kaksi liikennevalvontaa kuukaudessa Juoksengin, Hietaniemen ja Svansteinin kautta kulkevalla valtatiellä.',
    fit: 'Poliisi tekkee vähinthään kaks trafiikkikontrollia kuukauessa valtatiellä Juoksengin, Hietaniemen ja Svansteinin kautta.',
  },
  'Polisen och kommunen informerar alla elever i årskurs 8 om säker mopedkörning, en gång per år.': {
    fi: 'Poliisi ja kunta kertovat kerran vuodessa kaikille 8. luokan oppilaille, miten mopolla ajetaan turvallisesti.',
    fit: 'Poliisi ja kunta kertova joka vuosi kaikile 8. klassin oppilhaile kunka mopeedilla ajethaan turvalisesti.',
  },
  'Polisen besöker högstadiet och gymnasiet i Övertorneå minst tre gånger per termin för samtal med elever om narkotika, alkohol och grupptryck.':
    {
      fi: 'Poliisi vierailee Övertorneån yläkoulussa ja lukiossa vähintään kolme kertaa lukukaudessa ja keskustelee oppilaiden kanssa huumeista, alkoholista ja ryhmäpaineesta.',
      fit: 'Poliisi käypi Övertorneån yläkoulussa ja kymnaasissa vähinthään kolme kertaa terminissä ja puhuu oppilhaitten kans huumheista, alkoholista ja kaverioitten paineesta.',
    },
  'Fritidsgården och polisen ordnar minst två drogfria kvällar för unga per år.': {
    fi: 'Nuorisotalo ja poliisi järjestävät nuorille vähintään kaksi päihteetöntä iltaa vuodessa.',
    fit: 'Nuorisotalo ja poliisi järjestävä nuorile joka vuosi vähinthään kaks iltaa ilman alkoholia ja huumheita.',
  },
  'Polisen och socialtjänsten håller orossamtal med unga och deras vårdnadshavare när det finns en oro för missbruk.': {
    fi: 'Poliisi ja sosiaalipalvelut käyvät huolikeskusteluja nuorten ja heidän huoltajiensa kanssa, kun on huoli päihteiden käytöstä.',
    fit: 'Poliisi ja sosiaalitoimisto puhuva nuoritten ja heän huoltajitten kans ko oon huoli alkoholista eli huumheista.',
  },
  'Kommunen och polisen genomför minst två trygghetsvandringar per år i centrala Övertorneå, tillsammans med bostadsbolaget och föreningarna.':
    {
      fi: 'Kunta ja poliisi tekevät vuosittain vähintään kaksi turvallisuuskävelyä Övertorneån keskustassa yhdessä asuntoyhtiön ja yhdistysten kanssa.',
      fit: 'Kunta ja poliisi tekevä joka vuosi vähinthään kaks turvalisuuskävelyä Övertorneån keskustassa yhessä asuntofirman ja seuroitten kans.',
    },
  'Polisen är synlig i centrum och vid busstationen minst en kväll i veckan i snitt.': {
    fi: 'Poliisi näkyy keskustassa ja linja-autoasemalla keskimäärin vähintään yhtenä iltana viikossa.',
    fit: 'Poliisi näkyy keskustassa ja pussiasemalla keskimäärin vähinthään yhtenä iltana viikossa.',
  },
};

/** "Övertorneå – medborgarlöfte 2026–2027" in the other language, the years as in the Swedish. */
function title(sv: string): Both | undefined {
  const m = /^Övertorneå – medborgarlöfte (\d{4}–\d{4})$/.exec(sv);
  return m ? { fi: `Övertorneå – kansalaislupaus ${m[1]}`, fit: `Övertorneå – kansalaislupaus ${m[1]}` } : undefined;
}

/** The Finnish and Meänkieli texts of a demo kommun's current promise, by item (none for kommuner not translated). */
export function demoTranslations(code: string, current: StoredPromiseSet): { item: string; both: Both }[] {
  if (!(TRANSLATED_DEMO_KOMMUNER as readonly string[]).includes(code)) return [];
  return promiseSetTexts(current).flatMap((t) => {
    const both = t.item === 'title' ? title(t.sv) : OVERTORNEA[t.sv];
    return both ? [{ item: t.item, both }] : [];
  });
}

/** The kommun's coordinator writes the Finnish and Meänkieli texts of the current promise, as staff would in the app. */
export async function translateDemoPromise(deps: Deps, cast: KommunCast, current: StoredPromiseSet): Promise<number> {
  const found = demoTranslations(cast.code, current);
  if (!found.length) return 0;
  for (const lang of ['fi', 'fit'] as const) {
    await savePromiseSetTranslations(deps, cast.coordinator, current.id, {
      lang,
      texts: found.map((f) => ({ item: f.item, text: f.both[lang] })),
    });
  }
  return found.length;
}
