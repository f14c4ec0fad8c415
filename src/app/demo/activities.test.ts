import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../domain/progress/index.ts';
import type { PromiseSetDocument } from '../../domain/promise-set.ts';
import { behindIndex, plannedActivities } from './activities.ts';
import { currentDocument, earlierDocument } from './promises.ts';

const timeline = { today: '2026-12-03', currentFrom: 2026, situationYear: 2025 };

function withIds(doc: PromiseSetDocument): PromiseSetDocument {
  let n = 0;
  for (const a of doc.focusAreas) for (const c of a.commitments) c.id = `c${n++}`;
  return doc;
}

function statuses(doc: PromiseSetDocument, at: string): string[] {
  const planned = plannedActivities(doc, at, behindIndex(doc));
  return doc.focusAreas
    .flatMap((a) => a.commitments)
    .map(
      (c) =>
        computeProgress({
          target: c.target,
          period: doc.period!,
          at,
          activities: planned
            .filter((p) => p.commitmentId === c.id)
            .map((p) => ({ date: p.date, quantity: p.quantity })),
        }).status,
    );
}

describe('the demo activities', () => {
  it.each(['overtornea.txt', 'kalix.txt', 'haparanda.txt', 'norsjo.txt', 'asele.txt'])(
    '%s: in the current promise exactly one commitment falls behind, the others keep pace',
    (file) => {
      const doc = withIds(currentDocument(file, timeline));
      const s = statuses(doc, timeline.today);
      expect(s.filter((x) => x === 'missed' || x === 'at_risk')).toHaveLength(1);
      expect(s[behindIndex(doc)]).toMatch(/missed|at_risk/);
      expect(s.every((x) => ['met', 'on_track', 'missed', 'at_risk', 'not_measurable'].includes(x))).toBe(true);
    },
  );

  it('the earlier promise ends with its commitments met but the one left behind', () => {
    const doc = withIds(earlierDocument('overtornea.txt', timeline));
    const s = statuses(doc, doc.period!.to!);
    expect(s[behindIndex(doc)]).toBe('missed');
    expect(s.filter((x) => x === 'met').length).toBeGreaterThanOrEqual(5);
  });

  it('logs nothing after the day asked or outside the period', () => {
    const doc = withIds(currentDocument('kalix.txt', timeline));
    const planned = plannedActivities(doc, timeline.today, behindIndex(doc));
    expect(planned.length).toBeGreaterThan(100);
    expect(planned.every((p) => p.date >= doc.period!.from && p.date <= timeline.today)).toBe(true);
  });
});
