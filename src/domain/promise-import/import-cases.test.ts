import { describe, expect, it } from 'vitest';
import { promiseDocumentSchema, type Commitment, type PromiseDocument } from '../promise-document.ts';
import { hasVagueVerb, importPromiseText } from './index.ts';

function read(text: string): PromiseDocument {
  const doc = importPromiseText(text);
  promiseDocumentSchema.parse(doc);
  return doc;
}

const all = (doc: PromiseDocument): Commitment[] => doc.focusAreas.flatMap((a) => a.commitments);

describe('layouts', () => {
  it('reads Markdown headings, "*" and numbered bullets, and inherits the doer from "Polisen lovar att:"', () => {
    const doc = read(`# Medborgarlöfte för Kalix kommun 2022–2023

Lokalpolisområde Östra Norrbotten

## Trafik

Polisen lovar att:

* genomföra minst tio trafikkontroller per månad i byarna.
* var tredje vecka genomföra hastighetskontroller vid skolor.

## Trygghet

1. Kommunen ska genomföra två till tre trygghetsvandringar per termin tillsammans med fastighetsägarna.
2) Polisen och kommunen ska i snitt per vecka genomföra femtiotvå samtal.
`);
    expect(doc.title).toBe('Medborgarlöfte för Kalix kommun 2022–2023');
    expect(doc.municipalities).toEqual([{ code: '2514', name: 'Kalix' }]);
    expect(doc.policeArea).toBe('Östra Norrbotten');
    expect(doc.period).toEqual({ from: '2022-01-01', to: '2023-12-31' });
    expect(doc.focusAreas.map((a) => [a.title, a.commitments.length])).toEqual([
      ['Trafik', 2],
      ['Trygghet', 2],
    ]);
    const [tio, tredje, vandring, samtal] = all(doc);
    expect(tio).toMatchObject({ responsible: ['polisen'], target: { count: 10, atLeast: true, per: 'month' } });
    expect(tredje).toMatchObject({ responsible: ['polisen'], target: { count: 1, per: 'week', every: 3 } });
    expect(vandring).toMatchObject({
      responsible: ['kommunen'],
      partners: ['fastighetsägarna'],
      target: { count: 2, max: 3, per: 'term' },
    });
    expect(samtal).toMatchObject({
      responsible: ['polisen', 'kommunen'],
      target: { count: 52, per: 'week', average: true },
    });
  });

  it('reads "–" and "•" bullets and a trailing party parenthesis, and keeps text verbatim', () => {
    const doc = read(`Medborgarlöfte Haparanda stad

– Insatser mot våld i nära relationer. (Haparanda kommun, Polisen)
• Polisen genomför tillsammans med skola och räddningstjänsten minst två aktiviteter per år (Polisen)
`);
    const [first, second] = all(doc);
    expect(first?.text).toBe('Insatser mot våld i nära relationer. (Haparanda kommun, Polisen)');
    expect(first?.responsible).toEqual(['kommunen', 'polisen']);
    expect(second).toMatchObject({
      responsible: ['polisen'],
      partners: ['skola', 'räddningstjänsten'],
      target: { count: 2, per: 'year' },
    });
  });

  it('makes the promise above its own activities the focus area', () => {
    const doc = read(`Medborgarlöften 2024 Boden

1. Vi lovar att minska narkotikan i centrum
   - Polisen genomför minst fyra narkotikainsatser per kvartal.
   - Socialtjänsten erbjuder samtal varje vecka.
2. Tryggare trafik
   - Trafikkontroller varje arbetspass.
`);
    expect(doc.focusAreas.map((a) => a.title)).toEqual(['Vi lovar att minska narkotikan i centrum', 'Tryggare trafik']);
    expect(all(doc).map((c) => c.responsible)).toEqual([['polisen'], ['socialtjänsten'], []]);
    expect(all(doc)[2]?.target).toMatchObject({ count: 1, per: 'shift' });
  });

  it('reads a genomförandeplan table with tab-separated rows and a repeated header', () => {
    const doc = read(`Genomförandeplan Kiruna kommun

Område\tVad\tNär\tSamverkan\tAnsvarig\tUppföljning
Trygghet\tTrygghetsvandring i centrum\t2 gånger per år\tFastighetsägare\tKommunen\tProtokoll Antal deltagare
Trygghet\tNattvandring\tVarje fredag\tPolisen\tFöreningar\tAntal kvällar

Område\tVad\tNär\tSamverkan\tAnsvarig\tUppföljning
Trafik\tHastighetskontroller\tVid behov\tKommunen\tPolisen\tAntal kontroller
`);
    expect(doc.focusAreas.map((a) => [a.title, a.commitments.length])).toEqual([
      ['Trygghet', 2],
      ['Trafik', 1],
    ]);
    const [vandring, natt, trafik] = all(doc);
    expect(vandring).toMatchObject({
      text: 'Trygghet Trygghetsvandring i centrum 2 gånger per år Fastighetsägare Kommunen Protokoll Antal deltagare',
      responsible: ['kommunen'],
      partners: ['fastighetsägare'],
      followUp: ['Protokoll', 'Antal deltagare'],
      target: { count: 2, per: 'year' },
    });
    expect(natt).toMatchObject({
      responsible: ['föreningar'],
      partners: ['polisen'],
      target: { count: 1, per: 'week' },
    });
    expect(trafik?.target).toEqual({ kind: 'none' });
  });

  it('takes promises written as prose, one paragraph each, and says so', () => {
    const doc = read(`Medborgarlöfte Boden 2023

Polisen ska under året genomföra minst 20 trafikkontroller i centrum.

Kommunen kommer att anordna två föräldraträffar per termin.
`);
    expect(all(doc).map((c) => c.responsible)).toEqual([['polisen'], ['kommunen']]);
    expect(doc.municipalities).toEqual([{ code: '2582', name: 'Boden' }]);
    expect(doc.warnings).toContain(
      'Löftena är skrivna som löpande text; varje mening som lovar något tolkades som ett åtagande.',
    );
  });
});

describe('more layouts seen in real promises', () => {
  it('reads a promise paragraph after "… lovar att:", unmarked items after "Polisen lovar att:", and name-comma-role signatures', () => {
    const doc = read(`Medborgarlöfte för Sundsvalls kommun 2023/2024

Lokalpolisområde Sundsvall och Sundsvalls kommun lovar att:

Polisen och kommunen ska genomföra minst fyra gemensamma trygghetsvandringar i Skönsberg, Nacksta och Bredsand.

Polisen lovar att:
Genomföra minst 10 riktade trafikkontroller per månad i anslutning till skolor.
Besöka alla högstadieskolor minst en gång per termin.

Sundsvall 2023-03-01

Anna Andersson, lokalpolisområdeschef
Bo Bengtsson, kommunstyrelsens ordförande
`);
    expect(doc.period).toEqual({ from: '2023-01-01', to: '2024-12-31' });
    expect(doc.policeArea).toBe('Sundsvall');
    expect(all(doc).map((c) => c.responsible)).toEqual([['polisen', 'kommunen'], ['polisen'], ['polisen']]);
    expect(all(doc)[0]?.places).toEqual(['Skönsberg', 'Nacksta', 'Bredsand']);
    expect(all(doc)[2]?.target).toMatchObject({ count: 1, atLeast: true, per: 'term' });
    expect(doc.signedAt).toBe('2023-03-01');
    expect(doc.signatories).toEqual([
      { name: 'Anna Andersson', role: 'lokalpolisområdeschef' },
      { name: 'Bo Bengtsson', role: 'kommunstyrelsens ordförande' },
    ]);
  });

  it('treats numbered promises as focus areas, reads "Aktiviteter:" and a "Period:" line', () => {
    const doc = read(`MEDBORGARLÖFTE – ESLÖVS KOMMUN

Löfte 1: Trygghet i centrum
Polisen och kommunen ska genomföra minst sex trygghetsvandringar under perioden.

Löfte 2: Narkotika
Aktiviteter:
- Polisen genomför narkotikainsatser varannan vecka.
- Kommunens fältare finns ute varje helg.

Period: 1 september 2022 – 31 augusti 2023
`);
    expect(doc.municipalities).toEqual([{ code: '1285', name: 'Eslöv' }]);
    expect(doc.period).toEqual({ from: '2022-09-01', to: '2023-08-31' });
    expect(doc.focusAreas.map((a) => [a.title, a.commitments.length])).toEqual([
      ['Löfte 1: Trygghet i centrum', 1],
      ['Löfte 2: Narkotika', 2],
    ]);
    expect(all(doc).map((c) => c.target)).toMatchObject([
      { count: 6, per: 'period' },
      { count: 1, per: 'week', every: 2 },
      { count: 1, per: 'week' },
    ]);
    expect(all(doc)[2]?.responsible).toEqual(['kommunen']);
  });

  it('takes the doer from a heading such as "Polisen lovar" and keeps the topic above as focus area', () => {
    const doc = read(`Medborgarlöfte Ljusdals kommun 2024

Narkotika

Polisen lovar
- Genomföra minst två narkotikainsatser per månad.

Kommunen åtar sig
- Anordna föräldraträffar två gånger per år.
- Socialförvaltningen erbjuder samtal varje vecka.
`);
    expect(doc.focusAreas.map((a) => a.title)).toEqual(['Narkotika']);
    expect(all(doc).map((c) => c.responsible)).toEqual([['polisen'], ['kommunen'], ['socialförvaltningen']]);
  });
});

describe('who is responsible, as written in the commitment', () => {
  it('reads an "Ansvarig:" label, "Vi (…)", police units and named organisations as partners', () => {
    const doc = read(`Medborgarlöfte Umeå kommun 2025

Trygghet
- Genomföra trygghetsvandringar två gånger per år. Ansvarig: Kommunen och polisen. Uppföljning: antal vandringar
- Öppet hus på polisstationen varje månad (Ansvarig: LPO Umeå)
- Vi (polisen och kommunen) ska träffa föreningslivet årligen.
- Kommunpolisen deltar i föräldramöten minst en gång per läsår.
- Polisen ska i samverkan med Bostaden AB och Räddningstjänsten genomföra 3 brandkontroller.
`);
    const [vandring, oppet, vi, kommunpolis, brand] = all(doc);
    expect(vandring).toMatchObject({
      responsible: ['kommunen', 'polisen'],
      followUp: ['antal vandringar'],
      target: { count: 2, per: 'year' },
    });
    expect(oppet).toMatchObject({ responsible: ['polisen'], target: { count: 1, per: 'month' } });
    expect(vi?.responsible).toEqual(['polisen', 'kommunen']);
    expect(kommunpolis?.responsible).toEqual(['polisen']);
    expect(brand).toMatchObject({
      responsible: ['polisen'],
      partners: ['bostaden ab', 'räddningstjänsten'],
      target: { count: 3, per: null },
    });
  });

  it('does not count durations as amounts', () => {
    const doc = read('Medborgarlöfte\n\n- Polisen återkopplar inom tre veckor efter varje trygghetsvandring.\n');
    expect(all(doc)[0]?.target).toEqual({ kind: 'none' });
  });
});

describe('what is not a commitment', () => {
  it('leaves out goal, effect and problem lists, and sections, naming the lists in warnings', () => {
    const doc = read(`Medborgarlöfte 2022 Piteå kommun

Problembild

Av dialogerna framkommer att de viktigaste problemen är:
- Narkotika
- Buskörning

Mål
- Ökad trygghet i centrum

Effekter som eftersträvas
- Minskad brottslighet.

Polisen och kommunen kommer tillsammans att:
- genomföra en trygghetsvandring per termin
- ha dialog med unga

Uppföljning
- Rapport varje tertial till styrgruppen
`);
    expect(all(doc).map((c) => c.text)).toEqual(['genomföra en trygghetsvandring per termin', 'ha dialog med unga']);
    expect(all(doc)[0]?.responsible).toEqual(['polisen', 'kommunen']);
    expect(doc.sections.problemPicture).toContain('- Buskörning');
    expect(doc.sections.followUp).toBe('- Rapport varje tertial till styrgruppen');
    expect(doc.warnings).toContain(
      'Punktlistan under "Mål" beskriver mål eller effekter och räknades inte som åtaganden.',
    );
    expect(doc.warnings).toContain(
      'Punktlistan under "Effekter som eftersträvas" beskriver mål eller effekter och räknades inte som åtaganden.',
    );
  });

  it('keeps only the newest promise when a page shows an older one too', () => {
    const doc = read(`Medborgarlöfte 2023–2024 för Luleå kommun

• Polisen ska genomföra minst fyra trafikkontroller per månad.

Medborgarlöfte 2021–2022

• Polisen ska genomföra två trafikkontroller per månad.
`);
    expect(all(doc).map((c) => c.target)).toMatchObject([{ count: 4 }]);
    expect(doc.period).toEqual({ from: '2023-01-01', to: '2024-12-31' });
    expect(doc.warnings).toContain(
      'Texten innehåller också ett äldre medborgarlöfte ("Medborgarlöfte 2021–2022"); dess åtaganden togs inte med.',
    );
  });

  it('keeps an activity stated twice only once', () => {
    const doc = read(`Medborgarlöfte Kalix kommun

• Polisen genomför minst två trygghetsvandringar per år.

Medborgarlöftet i sin helhet

• Polisen genomför minst två trygghetsvandringar per år.
`);
    expect(all(doc)).toHaveLength(1);
    expect(doc.warnings.some((w) => w.startsWith('Åtagandet förekommer två gånger'))).toBe(true);
  });

  it('returns an empty document with a warning when nothing is promised', () => {
    const doc = read('Det regnar ofta i Kalix.\n\nVädret är en fråga för SMHI.');
    expect(doc.focusAreas).toEqual([]);
    expect(doc.warnings[0]).toBe(
      'Inga löften hittades i texten: ingen punktlista, tabellrad eller stycke lovar en aktivitet.',
    );
  });
});

describe('periods, kommuner and signatures', () => {
  it.each([
    ['Medborgarlöftet gäller 2019-11-28 – 2021-05-31.', { from: '2019-11-28', to: '2021-05-31' }],
    ['Medborgarlöftet gäller från 2022.', { from: '2022-01-01', to: null }],
    ['Medborgarlöftet gäller 1 januari 2021 – 31 juni 2021.', { from: '2021-01-01', to: '2021-06-30' }],
  ])('"%s"', (sentence, period) => {
    const doc = read(
      `Medborgarlöfte Uppsala kommun\n\n${sentence}\n\n- Polisen genomför minst en trygghetsvandring per termin.\n`,
    );
    expect(doc.period).toEqual(period);
  });

  it('warns about an impossible date', () => {
    const doc = read(
      'Medborgarlöfte\n\nMedborgarlöftet gäller 1 januari 2021 – 31 juni 2021.\n\n- Polisen genomför två kontroller.\n',
    );
    expect(doc.warnings).toContain('Datumet "31 juni 2021" finns inte; 2021-06-30 användes i stället.');
  });

  it('does not take the agreement’s period for the promise', () => {
    const doc = read(`Medborgarlöfte Åsele kommun

- Polisen ska genomföra trafikkontroller.

Samverkansöverenskommelse 2019-2022

Tidsplan
Överenskommelsen gäller från den 1 januari 2019 till och med den 31 december 2022.
- Kommunen åtar sig att utse en ansvarig kontaktperson.
`);
    expect(doc.period).toBeNull();
    expect(all(doc)).toHaveLength(1);
  });

  it('reads the signing date and name/role pairs', () => {
    const doc = read(`Medborgarlöfte Gävle kommun 2024

- Polisen genomför minst en trygghetsvandring per termin.

Gävle den 3 februari 2024

Anna Andersson
Lokalpolisområdeschef

Bo Bengtsson
Kommunstyrelsens ordförande
`);
    expect(doc.signedAt).toBe('2024-02-03');
    expect(doc.signatories).toEqual([
      { name: 'Anna Andersson', role: 'Lokalpolisområdeschef' },
      { name: 'Bo Bengtsson', role: 'Kommunstyrelsens ordförande' },
    ]);
  });

  it('resolves several kommuner and names one it cannot resolve', () => {
    const doc = read(
      'Medborgarlöfte för kommunerna Kalix och Haparanda samt Övertornå kommun\n\n- Polisen genomför två kontroller.\n',
    );
    expect(doc.municipalities).toEqual([
      { code: '2514', name: 'Kalix' },
      { code: '2583', name: 'Haparanda' },
      { code: null, name: 'Övertornå' },
    ]);
    expect(doc.warnings).toContain('Kommunen "Övertornå" kunde inte kopplas till en kommunkod.');
  });
});

describe('doubts a user is told about', () => {
  it('warns about vague verbs without a measurable target, but not when a count is given', () => {
    const doc = read(
      `Medborgarlöfte\n\n- Kommunen ska arbeta för ökad trygghet.\n- Polisen ska verka för minst två insatser per år.\n`,
    );
    expect(doc.warnings.filter((w) => w.startsWith('Vagt formulerat'))).toEqual([
      'Vagt formulerat åtagande utan mätbart mål: "Kommunen ska arbeta för ökad trygghet."',
    ]);
    expect(hasVagueVerb('Vi ska sträva efter färre inbrott')).toBe(true);
    expect(hasVagueVerb('Polisen ska arbeta förebyggande')).toBe(false);
  });

  it('keeps a last item cut mid-sentence, with a warning', () => {
    const doc = read(
      'Medborgarlöfte\n\n- Polisen genomför två kontroller per månad.\n- Polisen ska driva samverkan mot varje',
    );
    expect(all(doc).map((c) => c.text)).toEqual([
      'Polisen genomför två kontroller per månad.',
      'Polisen ska driva samverkan mot varje',
    ]);
    expect(doc.warnings).toContain(
      'Sista punkten verkar avklippt mitt i en mening: "Polisen ska driva samverkan mot varje"',
    );
  });

  it('names non-target numbers nowhere as targets', () => {
    const doc = read(
      'Medborgarlöfte\n\n- Polisen informerar elever i år 6–9 och barn 0–17 år om 14 kap. 1 § brottsbalken.\n',
    );
    expect(all(doc)[0]?.target).toEqual({ kind: 'none' });
  });

  it('warns when an approximate amount is read as a number', () => {
    const doc = read('Medborgarlöfte\n\n- Polisen ska genomföra ett tiotal insatser under perioden.\n');
    expect(all(doc)[0]?.target).toMatchObject({ count: 10, per: 'period' });
    expect(doc.warnings.some((w) => w.startsWith('Ungefärligt antal "ett tiotal"'))).toBe(true);
  });
});
