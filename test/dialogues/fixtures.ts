/** Small inputs for the dialogue tests. */
export const finding = (over: Record<string, unknown> = {}) => ({
  text: 'Trasig belysning i gångtunneln vid stationen',
  category: 'otrygga_platser',
  seriousness: 3,
  ...over,
});

export const dialogue = (over: Record<string, unknown> = {}) => ({
  kommun: '2514',
  kind: 'medborgardialog',
  date: '2025-03-12',
  place: 'Folkets hus',
  participants: { boende: 12, näringsidkare: 3, ungdomar: 5 },
  findings: [
    finding(),
    finding({
      text: 'Mopeder kör fort på gång- och cykelvägen',
      category: 'trafik',
      seriousness: 4,
      areaName: 'Centrum',
    }),
  ],
  ...over,
});

/** Counts rows in the dialogue tables (and areas), to prove that a refused request stored nothing. */
export async function counts(db: import('../../src/db/connect.ts').Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['dialogues', 'dialogue_findings', 'est_answers', 'areas'] as const) {
    out[t] = (
      await db
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n as unknown as number;
    out[t] = Number(out[t]);
  }
  return out;
}
