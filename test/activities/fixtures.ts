import type { PromiseDocument } from '../../src/domain/promise-document.ts';

const count = (n: number, per: string, extra: Record<string, unknown> = {}) => ({
  kind: 'count',
  count: n,
  atLeast: true,
  max: null,
  per,
  every: 1,
  average: false,
  unit: null,
  ...extra,
});

/** A small Kalix promise set with the targets of progress-rules.md's worked examples. */
export function kalixPromise(period = { from: '2019-01-01', to: '2019-12-31' }): PromiseDocument {
  return {
    format: 'medborgarlofte/v1',
    title: 'Medborgarlöfte Kalix 2019',
    municipalities: [{ code: '2514', name: 'Kalix' }],
    policeArea: 'Östra Norrbotten',
    period,
    signedAt: null,
    signatories: [],
    focusAreas: [
      {
        title: 'Droger',
        commitments: [
          {
            text: 'Polisen genomför minst två riktade narkotikainsatser per halvår.',
            responsible: ['polisen'],
            partners: [],
            places: [],
            target: count(2, 'halfyear') as never,
            targets: [],
            followUp: ['antal beslag'],
          },
          {
            text: 'Skolan och polisen håller minst en föräldraträff per termin.',
            responsible: ['skolan', 'polisen'],
            partners: [],
            places: ['Centrum'],
            target: count(1, 'term') as never,
            targets: [],
            followUp: [],
          },
          {
            text: 'Polisen genomför i snitt tre trafikkontroller per vecka.',
            responsible: ['polisen'],
            partners: [],
            places: [],
            target: count(3, 'week', { average: true }) as never,
            targets: [],
            followUp: [],
          },
        ],
      },
    ],
    sections: { implementation: null, communication: null, followUp: null, problemPicture: null },
    warnings: [],
  };
}
