/**
 * The kommun a page works on (dialogues, walks, EST, lägesbild): chosen
 * among the kommuner the user can see, remembered for this browser tab so
 * moving between pages keeps it. Active kommuner come first as default.
 */
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useOrganisationsOfKind } from '../api/queries.ts';
import type { Organisation } from '../api/types.ts';
import { SelectField } from './fields.tsx';

const STORAGE_KEY = 'lofte.kommun';

function stored(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

export interface KommunChoice {
  code: string;
  setCode: (code: string) => void;
  kommuner: Organisation[];
  isPending: boolean;
}

/** `preferIds`: organisations to default to before the first active kommun, e.g. the kommuner the user is a member of. */
export function useKommunChoice(preferIds: readonly string[] = []): KommunChoice {
  const municipalities = useOrganisationsOfKind('municipality');
  const [chosen, setChosen] = useState(stored);
  const kommuner = (municipalities.data ?? []).filter((m) => m.code).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const fallback =
    kommuner.find((k) => preferIds.includes(k.id))?.code ??
    kommuner.find((k) => k.active)?.code ??
    kommuner[0]?.code ??
    '';
  const code = kommuner.some((k) => k.code === chosen) ? chosen : fallback;
  const setCode = (next: string) => {
    setChosen(next);
    try {
      sessionStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be forbidden; the choice then lasts for this page.
    }
  };
  return { code, setCode, kommuner, isPending: municipalities.isPending };
}

export function KommunSelect({ id, choice }: { id: string; choice: KommunChoice }) {
  const { t } = useI18n();
  return (
    <SelectField
      id={id}
      label={t.kommunChoice.label}
      value={choice.code}
      onChange={(e) => choice.setCode(e.target.value)}
    >
      {choice.kommuner.map((k) => (
        <option key={k.id} value={k.code!}>
          {k.name}
        </option>
      ))}
    </SelectField>
  );
}

/** The kommun's name for a kommunkod, from the same list. */
export function kommunName(choice: KommunChoice, code: string): string {
  return choice.kommuner.find((k) => k.code === code)?.name ?? code;
}
