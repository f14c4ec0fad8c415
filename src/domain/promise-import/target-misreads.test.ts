import { describe, expect, it } from 'vitest';
import { readTargets } from './targets.ts';

const target = (text: string) => readTargets(text).target;
const all = (text: string) => {
  const r = readTargets(text);
  return [r.target, ...r.targets.map((t) => t.target)];
};

describe('numbers that are clock times or road numbers are not targets', () => {
  it.each([
    ['Polisen ska mellan klockan 18 och 23 vara på plats vid torget minst två kvällar i veckan.', 2, 'week'],
    ['Fältgruppen är ute mellan kl. 20 och 02 tre nätter per månad.', 3, 'month'],
    ['Mellan kl 19.00 och 22.00 håller fritidsgården öppet fyra dagar i veckan.', 4, 'week'],
    ['Polisen genomför minst 20 hastighetskontroller per år på väg 45.', 20, 'year'],
    ['Trafikpolisen gör sex kontroller per termin längs riksväg 95.', 6, 'term'],
  ])('"%s" has one count target', (text, count, per) => {
    expect(all(text)).toEqual([expect.objectContaining({ kind: 'count', count, per })]);
  });
});

describe('the counted unit is never a place', () => {
  it.each([
    ['Polisen genomför kontroller vid gränsövergången två gånger per månad.', 'kontroller'],
    ['Kommunen gör tillsyn på krogarna i centrum tre gånger per år.', 'tillsyn'],
    ['SSG lovar att besöka varje högstadieskola en gång per termin.', null],
    ['Polisen besöker alla skolor två gånger per läsår.', null],
    ['Fältassistenterna ska i snitt två gånger per vecka vara ute.', null],
  ])('"%s" counts %s', (text, unit) => {
    const t = target(text);
    expect(t.kind === 'count' ? t.unit : 'none').not.toMatch(/gränsövergången|krogarna|centrum|skola|snitt/u);
    if (unit !== null) expect(t).toMatchObject({ unit });
  });
});

describe('recurring days and seasons', () => {
  it.each([
    ['Fältassistenterna lovar att vara ute varje fredag och lördag kväll under sommarlovet.', 2, 'week', 'kvällar'],
    ['Nattvandrarna går varje fredag, lördag och söndag.', 3, 'week', null],
    ['Kommunens fältassistenter är ute varje fredagskväll.', 1, 'week', null],
    ['Polisen gör en trygghetsvandring tillsammans med boende varje höst.', 1, 'year', 'trygghetsvandring'],
    ['Räddningstjänsten informerar i skolorna varje höst och vår.', 2, 'year', null],
  ])('"%s" is %i per %s', (text, count, per, unit) => {
    expect(target(text)).toMatchObject({ kind: 'count', count, per, every: 1, unit });
  });

  it('warns when a weekly target only holds in part of the year', () => {
    const r = readTargets('Fältassistenterna lovar att vara ute varje fredag och lördag kväll under sommarlovet.');
    expect(r.warnings.join(' ')).toMatch(/bara under sommarlovet/u);
    expect(readTargets('Polisen gör två kontroller per vecka under vinterhalvåret.').warnings.join(' ')).toMatch(
      /bara under vinterhalvåret/u,
    );
    expect(readTargets('Polisen gör två kontroller per vecka.').warnings).toEqual([]);
  });

  it('a report at each follow-up is not a target', () => {
    expect(target('Arbetet redovisas vid varje tertialuppföljning.')).toEqual({ kind: 'none' });
    expect(target('Resultaten redovisas för styrgruppen vid varje uppföljningsmöte.')).toEqual({ kind: 'none' });
  });
});

describe('places', () => {
  it.each([
    ['Kommunen anordnar tre föräldraträffar per termin i Folkets hus.', ['Folkets hus']],
    ['Polisen och kommunen går trygghetsvandring i Folkets park varje vår.', ['Folkets park']],
    ['Polisen är synlig i centrum och vid busstationen varje fredag.', ['centrum', 'busstationen']],
    ['Fältgruppen är ute på torget i Töre två kvällar i veckan.', ['torget', 'Töre']],
    ['Polisen gör två kontroller per månad vid gränsövergången.', []],
  ])('"%s" is done in %j', (text, places) => {
    expect(readTargets(text).places).toEqual(places);
  });
});

describe('numbers beside the target', () => {
  it.each([
    ['Polisen gör tre besök per termin på varje skola, totalt 30 besök.', [[3, 'term']]],
    ['Kommunen genomför 4 ggr/år trygghetsvandringar med 10-15 deltagare.', [[4, 'year']]],
    ['Kommunen erbjuder 24-timmars jour alla dagar.', []],
    ['Polisen deltar vid 2 av 3 föräldramöten per läsår.', [[2, 'year']]],
    ['Polisen ska synas på stan fredagar mellan 22 och 03.', [[1, 'week']]],
  ])('"%s" has the targets %j', (text, expected) => {
    const counts = all(text)
      .filter((t) => t.kind === 'count')
      .map((t) => (t.kind === 'count' ? [t.count, t.per] : []));
    expect(counts).toEqual(expected);
  });

  it('keeps a shared word end in the unit and stops the unit at "vartannat"', () => {
    expect(target('Polisen genomför minst 40 alkohol- och drogkontroller i trafiken.')).toMatchObject({
      unit: 'alkohol- och drogkontroller',
    });
    expect(target('Kommunen genomför en trygghetsmätning vartannat år.')).toMatchObject({
      count: 1,
      per: 'year',
      every: 2,
      unit: 'trygghetsmätning',
    });
  });
});

describe('"en" as a count', () => {
  it('counts "en" when a frequency closes the same phrase, not across "och" or a comma', () => {
    expect(target('Länsstyrelsen håller en utbildning i ANDT-frågor för föreningslivet per år.')).toMatchObject({
      count: 1,
      per: 'year',
    });
    expect(target('Polisen har en kontaktperson för skolorna och deltar i möten per termin.')).toEqual({
      kind: 'none',
    });
  });
});
