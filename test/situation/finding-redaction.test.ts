/** A dialogue finding's free text reaches the lägesbild (and its exports) masked, the kommun's places kept. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';

let ctx: TestContext;
let coordinator: Client;

beforeAll(async () => {
  ctx = await startTestApp();
  ctx.deps.now = () => new Date('2025-11-01T10:00:00Z');
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  const dialogue = await coordinator.request('POST', '/api/v1/dialogues', {
    kommun: '2514',
    kind: 'medborgardialog',
    date: '2025-03-12',
    place: 'Folkets hus',
    participants: { boende: 9 },
    findings: [
      {
        text: 'Kalle Svensson på Kyrkogatan 9 säljer i Kalix centrum, ring 070-555 12 34',
        category: 'narkotika',
        seriousness: 4,
      },
    ],
  });
  expect(dialogue.statusCode, dialogue.body).toBe(201);
});
afterAll(async () => ctx.close());

describe('dialogue findings in the lägesbild', () => {
  it('carry no name, address or phone number of the free text', async () => {
    const view = (await coordinator.request('GET', '/api/v1/situation/2514/2025')).json();
    const descriptions = view.problems
      .flatMap((p: { evidence: { description: string }[] }) => p.evidence.map((e) => e.description))
      .join('\n');
    expect(descriptions).toContain('[namn] på [adress] säljer i Kalix centrum, ring [telefonnummer]');
    for (const leak of ['Kalle', 'Svensson', 'Kyrkogatan', '555']) expect(descriptions).not.toContain(leak);
  });
});
