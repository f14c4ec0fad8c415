/**
 * The answers of one demo trygghetsmätning, drawn from a seeded generator:
 * what the kommun's residents worry about (KommunStory.concerns) steers the
 * problem items, the area named as least safe gets more unsafe evenings,
 * and a share of respondents write free text (the kommun's own voices and a
 * few short remarks anyone might make).
 */
import type { Answers, ProblemLevel } from '../../domain/surveys/types.ts';
import { pick } from './clock.ts';
import type { KommunStory } from './kommuner.ts';

const ITEMS = [
  'youth_gangs',
  'drug_affected',
  'drug_dealing',
  'drunk_people',
  'speeding',
  'mopeds',
  'vandalism',
  'litter',
  'burglary',
  'vehicle_theft',
  'assault',
  'dark_places',
] as const;

/** Short remarks many residents write, wherever they live. */
const COMMON_REMARKS = [
  'Bra att ni frågar!',
  'Mer synlig polis på helgerna, tack.',
  'Jag känner mig trygg där jag bor.',
  'Bättre belysning på gång- och cykelvägarna.',
  'Fler vuxna ute på kvällarna skulle göra skillnad.',
  'Svårt att veta vart man ska vända sig med tips.',
  'Hastigheten på bostadsgatorna är för hög.',
  'Det har blivit lugnare de senaste åren.',
];

type Rand = () => number;

function problemLevel(rand: Rand, concern: number): ProblemLevel | undefined {
  if (rand() < 0.06) return undefined;
  if (rand() < 0.07) return 'dont_know';
  const v = rand();
  if (v < concern * 0.35) return 'very_big';
  if (v < concern) return 'fairly_big';
  if (v < concern + (1 - concern) * 0.45) return 'small';
  return 'none';
}

function problems(rand: Rand, story: KommunStory, unsafe: boolean): Record<string, ProblemLevel> {
  const out: Record<string, ProblemLevel> = {};
  for (const item of ITEMS) {
    const base = story.concerns[item] ?? 0.08;
    const concern = Math.min(0.95, unsafe && /dark|drunk|drug|gangs/.test(item) ? base * 1.4 : base);
    const level = problemLevel(rand, concern);
    if (level) out[item] = level;
  }
  return out;
}

function unsafeLate(rand: Rand, unsafe: boolean, woman: boolean): string {
  const worse = (unsafe ? 1.6 : 1) * (woman ? 1.5 : 1);
  return pick(rand, [
    ['very_safe', 30],
    ['fairly_safe', 38],
    ['fairly_unsafe', 11 * worse],
    ['very_unsafe', 4 * worse],
    ['never_out', 6],
    ['dont_know', 3],
  ]);
}

function victimisation(rand: Rand): string[] {
  if (rand() < 0.78) return ['none'];
  const all = ['theft', 'vandalism', 'threat', 'fraud', 'harassment', 'assault'];
  const chosen = all.filter(() => rand() < 0.3);
  return chosen.length ? chosen : ['theft'];
}

/** The free text of respondent `k` of `n`: every voice of the kommun once, spread out, and some common remarks. */
function comment(rand: Rand, story: KommunStory, k: number, n: number): string | undefined {
  const every = Math.floor(n / story.voices.length);
  if (k % every === 3 && k / every < story.voices.length) return story.voices[Math.floor(k / every)];
  return rand() < 0.05 ? COMMON_REMARKS[Math.floor(rand() * COMMON_REMARKS.length)] : undefined;
}

/** Respondent `k` of `n`: `areas` maps the story's area names to the survey's option values. */
export function demoAnswer(rand: Rand, story: KommunStory, areas: Map<string, string>, k: number, n: number): Answers {
  // Most live in the central town: it weighs as four of the other areas.
  const area = pick(
    rand,
    story.areas.map((a, i) => [a, i === 0 ? 4 : 1] as const),
  );
  const unsafe = area === story.unsafeArea;
  const gender = pick(rand, [
    ['woman', 50],
    ['man', 46],
    ['other', 1],
    ['no_answer', 3],
  ]);
  const answers: Answers = {
    area: areas.get(area)!,
    problems: problems(rand, story, unsafe),
    victimisation: victimisation(rand),
    worry: pick(rand, [
      ['often', 8],
      ['sometimes', 34],
      ['seldom', 40],
      ['never', 15],
      ['dont_know', 3],
    ]),
    avoid: pick(rand, [
      ['often', 6],
      ['sometimes', 22],
      ['no', 72],
    ]),
    unsafe_late: unsafeLate(rand, unsafe, gender === 'woman'),
    police_trust: pick(rand, [
      ['very_high', 18],
      ['fairly_high', 40],
      ['neither', 20],
      ['fairly_low', 12],
      ['very_low', 5],
      ['dont_know', 5],
    ]),
    police_presence: String(
      pick(
        rand,
        [1, 2, 3, 4, 5].map((v) => [v, [14, 26, 30, 20, 10][v - 1]!] as const),
      ),
    ),
    police_contact: rand() < 0.64 ? 'yes' : 'no',
    age_band: pick(rand, [
      ['16-24', 9],
      ['25-34', 12],
      ['35-44', 15],
      ['45-54', 17],
      ['55-64', 18],
      ['65-74', 17],
      ['75-84', 9],
      ['85-', 3],
    ]),
    gender,
  };
  const text = comment(rand, story, k, n);
  if (text) answers.comments = text;
  return answers;
}
