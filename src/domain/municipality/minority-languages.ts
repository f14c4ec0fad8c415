/**
 * The administrative areas (förvaltningsområden) for Finnish and Meänkieli
 * under lagen (2009:724) om nationella minoriteter och minoritetsspråk:
 * kommuner where residents may use the language with the kommun and where
 * information of importance should reach them in it. A kommun in an area
 * shows the language switch on its public pages by default; any other
 * kommun may turn it on (the kommun's setting, src/app/public-languages/).
 *
 * Source: förordningen (2009:1299) om nationella minoriteter och
 * minoritetsspråk with the kommuner that joined by their own request as the
 * regeringen decided, as listed by Länsstyrelsen i Stockholms län /
 * minoritet.se; the Finnish area has 66 kommuner from 1 February 2019
 * (ruotsi.se, "Hallintoalueet"); the Meänkieli area is the seven Norrbotten
 * kommuner named on Övertorneå kommun's page on its minority languages
 * (overtornea.se). As of: 2026-12-03. The Finnish list was compiled from
 * those sources and news of the later joiners (Trelleborg 2015, Laxå and
 * Kramfors) without a machine-readable original to check it against, so it
 * holds 67 names where the count given is 66; correct it here (by
 * kommunkod) against the förordning's current text.
 */
import { KOMMUN_ROWS } from './kommuner-data.ts';

export type MinorityLanguage = 'fi' | 'fit';

export const ADMINISTRATIVE_AREAS_AS_OF = '2026-12-03';

/** Kommunkod → name, for the Meänkieli area. */
const MEANKIELI: Readonly<Record<string, string>> = {
  '2523': 'Gällivare',
  '2583': 'Haparanda',
  '2514': 'Kalix',
  '2584': 'Kiruna',
  '2580': 'Luleå',
  '2521': 'Pajala',
  '2518': 'Övertorneå',
};

/** Kommunkod → name, for the Finnish area. */
const FINNISH: Readonly<Record<string, string>> = {
  ...MEANKIELI,
  '0114': 'Upplands Väsby',
  '0117': 'Österåker',
  '0123': 'Järfälla',
  '0126': 'Huddinge',
  '0127': 'Botkyrka',
  '0136': 'Haninge',
  '0138': 'Tyresö',
  '0139': 'Upplands-Bro',
  '0140': 'Nykvarn',
  '0163': 'Sollentuna',
  '0180': 'Stockholm',
  '0181': 'Södertälje',
  '0183': 'Sundbyberg',
  '0184': 'Solna',
  '0188': 'Norrtälje',
  '0191': 'Sigtuna',
  '0305': 'Håbo',
  '0319': 'Älvkarleby',
  '0331': 'Heby',
  '0360': 'Tierp',
  '0380': 'Uppsala',
  '0381': 'Enköping',
  '0382': 'Östhammar',
  '0480': 'Nyköping',
  '0481': 'Oxelösund',
  '0486': 'Strängnäs',
  '0488': 'Trosa',
  '0484': 'Eskilstuna',
  '0562': 'Finspång',
  '0581': 'Norrköping',
  '0583': 'Motala',
  '1060': 'Olofström',
  '1280': 'Malmö',
  '1287': 'Trelleborg',
  '1480': 'Göteborg',
  '1488': 'Trollhättan',
  '1490': 'Borås',
  '1496': 'Skövde',
  '1860': 'Laxå',
  '1862': 'Degerfors',
  '1863': 'Hällefors',
  '1864': 'Ljusnarsberg',
  '1880': 'Örebro',
  '1883': 'Karlskoga',
  '1885': 'Lindesberg',
  '1904': 'Skinnskatteberg',
  '1907': 'Surahammar',
  '1961': 'Hallstahammar',
  '1980': 'Västerås',
  '1982': 'Fagersta',
  '1983': 'Köping',
  '2080': 'Falun',
  '2081': 'Borlänge',
  '2085': 'Ludvika',
  '2180': 'Gävle',
  '2181': 'Sandviken',
  '2281': 'Sundsvall',
  '2282': 'Kramfors',
  '2480': 'Umeå',
  '2482': 'Skellefteå',
};

export const ADMINISTRATIVE_AREAS: Readonly<Record<MinorityLanguage, Readonly<Record<string, string>>>> = {
  fi: FINNISH,
  fit: MEANKIELI,
};

/** The minority languages whose administrative area the kommun (by kommunkod) is in. */
export function areaLanguagesOf(code: string | null | undefined): MinorityLanguage[] {
  if (!code) return [];
  return (['fi', 'fit'] as const).filter((l) => Object.hasOwn(ADMINISTRATIVE_AREAS[l], code));
}

/** Every kommunkod named above is a real kommun with that name (checked by the test beside this file). */
export function unknownAreaEntries(): string[] {
  const byCode = new Map(KOMMUN_ROWS.map(([code, name]) => [code, name]));
  return Object.values(ADMINISTRATIVE_AREAS).flatMap((area) =>
    Object.entries(area)
      .filter(([code, name]) => byCode.get(code) !== name)
      .map(([code, name]) => `${code} ${name}`),
  );
}
