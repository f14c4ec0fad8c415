/**
 * Public answers that arrive together go to the database together. An
 * answer to a survey with no call of its own in progress goes at once, alone
 * (take_survey_answer); answers that arrive while calls for the same survey
 * are running wait for one to end and then go as one group
 * (take_survey_answers, migration 0033): admitted together, stored together
 * in a transaction of their own, five or more as one batch of their own.
 * A quiet survey's answer never waits for others; a busy survey's answers
 * cost one database call per group instead of one each. Nothing is
 * acknowledged before its call has committed, as before.
 */
import type { Db } from '../../db/connect.ts';
import {
  joinableParts,
  takeAnswer,
  takeAnswers,
  type Admission,
  type AdmittedAnswer,
  type TakenAnswer,
} from './queries/answers.ts';

/** Calls for one survey running at once; answers beyond them wait for the next group. */
const CALLS_PER_SURVEY = 1;
/** The most answers one call takes. */
const MAX_GROUP = 50;

interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

interface Lane<T, R> {
  running: number;
  waiting: Waiting<T, R>[];
}

/**
 * Items under one key go at most `calls` at a time; items that come while
 * that many run wait and go together (at most `maxGroup` in one) when one
 * ends. `run` answers for each item of the group, in order; when it fails,
 * every item of the group fails with it.
 */
export function grouping<T, R>(options: {
  run: (group: T[]) => Promise<R[]>;
  calls: number;
  maxGroup: number;
}): (key: string, item: T) => Promise<R> {
  const lanes = new Map<string, Lane<T, R>>();

  const start = (key: string, lane: Lane<T, R>, group: Waiting<T, R>[]) => {
    lane.running++;
    const settle = (fn: (w: Waiting<T, R>, i: number) => void) => group.forEach(fn);
    options
      .run(group.map((w) => w.item))
      .then(
        (results) => settle((w, i) => w.resolve(results[i]!)),
        (err) => settle((w) => w.reject(err)),
      )
      .finally(() => {
        lane.running--;
        if (lane.waiting.length) start(key, lane, lane.waiting.splice(0, options.maxGroup));
        else if (lane.running === 0) lanes.delete(key);
      });
  };

  return (key, item) =>
    new Promise<R>((resolve, reject) => {
      let lane = lanes.get(key);
      if (!lane) lanes.set(key, (lane = { running: 0, waiting: [] }));
      const entry = { item, resolve, reject };
      if (lane.running < options.calls) start(key, lane, [entry]);
      else lane.waiting.push(entry);
    });
}

type Taking = { admission: Admission; answer: AdmittedAnswer };

const byDatabase = new WeakMap<Db, (key: string, item: Taking) => Promise<TakenAnswer>>();

function takerFor(db: Db) {
  let take = byDatabase.get(db);
  if (!take) {
    take = grouping<Taking, TakenAnswer>({
      run: async (group) =>
        group.length === 1 ? [await takeAnswer(db, group[0]!.admission, group[0]!.answer)] : takeAnswers(db, group),
      calls: CALLS_PER_SURVEY,
      maxGroup: MAX_GROUP,
    });
    byDatabase.set(db, take);
  }
  return take;
}

/**
 * Admits and stores one public answer, alone or with others that arrive
 * with it (same survey, judged against the same version of it).
 */
export function takeAnswerInGroup(db: Db, admission: Admission, answer: AdmittedAnswer): Promise<TakenAnswer> {
  if (!joinableParts(answer.parts)) return takeAnswer(db, admission, answer);
  return takerFor(db)(`${admission.surveyId}|${admission.version}`, { admission, answer });
}
