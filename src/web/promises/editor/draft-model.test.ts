import { describe, expect, it } from 'vitest';
import type { PromiseSetDocument } from '../../api/promises.ts';
import { sv } from '../../i18n/sv.ts';
import { draftToTarget, normaliseResponsible, toDocument, toDraft } from './draft-model.ts';
import { validateDraft } from './validate.ts';

const stored: PromiseSetDocument = {
  format: 'medborgarlofte/v1',
  id: 'set-1',
  status: 'agreed',
  version: 2,
  title: 'Medborgarlöfte 2026',
  municipalities: [{ code: '2514', name: 'Kalix' }],
  policeArea: 'Östra Norrbotten',
  period: { from: '2026-01-01', to: null },
  signedAt: '2026-02-01',
  signatories: [{ name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2026-02-01' }],
  introduction: null,
  warnings: ['Kontrollera perioden.'],
  sections: { implementation: 'Gemensamt.', communication: null, followUp: null, problemPicture: null },
  focusAreas: [
    {
      id: 'fa-1',
      title: 'Narkotika',
      commitments: [
        {
          id: 'c-1',
          text: 'Genomföra minst två insatser per halvår.',
          responsible: ['polisen'],
          partners: ['socialtjänsten'],
          places: [],
          target: {
            kind: 'count',
            count: 2,
            atLeast: true,
            max: null,
            per: 'halfyear',
            every: 1,
            average: false,
            unit: 'insatser',
          },
          targets: [],
          followUp: ['antal insatser'],
          when: 'vår och höst',
          condition: null,
          owner: null,
        },
      ],
    },
  ],
};

describe('the editor draft', () => {
  it('gives back the same document when nothing was edited, ids and signatures included', () => {
    expect(toDocument(toDraft(stored), stored)).toEqual(stored);
  });

  it('normalises lists and keeps ids of what was edited', () => {
    const draft = toDraft(stored);
    const c = draft.focusAreas[0]!.commitments[0]!;
    c.responsible = 'Polisen, KOMMUNEN, , polisen';
    c.partners = 'skolan ,  fritidsgården';
    const doc = toDocument(draft, stored);
    const out = doc.focusAreas[0]!.commitments[0]!;
    expect(out.id).toBe('c-1');
    expect(doc.focusAreas[0]!.id).toBe('fa-1');
    expect(out.responsible).toEqual(['polisen', 'kommunen']);
    expect(out.partners).toEqual(['skolan', 'fritidsgården']);
    expect(normaliseResponsible('')).toEqual([]);
  });

  it('reads numbers as typed, with a decimal comma', () => {
    const d = toDraft(stored).focusAreas[0]!.commitments[0]!.target;
    expect(draftToTarget({ ...d, count: '2,5', every: '3' })).toMatchObject({ count: 2.5, every: 3 });
    expect(draftToTarget({ ...d, count: 'två' })).toBeNull();
    expect(draftToTarget({ ...d, kind: 'share', percent: '120' })).toBeNull();
  });

  it('names every problem and the field it is in', () => {
    const draft = toDraft(stored);
    draft.title = ' ';
    draft.periodTo = '2025-01-01';
    const c = draft.focusAreas[0]!.commitments[0]!;
    c.text = '';
    c.target.count = 'x';
    const errors = validateDraft(draft, { reasonRequired: true, reason: '' });
    expect(errors.map((e) => e.message(sv, 'sv'))).toEqual([
      'Fyll i rubrik.',
      'Slutdatumet kan inte vara före startdatumet.',
      'Skriv vad åtagande 1 gäller.',
      'Antalet i målet för åtagande 1 måste vara ett tal, 0 eller mer.',
      'Skriv varför löftet ändras.',
    ]);
    expect(errors[2]!.fieldId).toBe(`${c.key}-text`);
  });
});
