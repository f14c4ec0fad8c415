/**
 * Polisen's public event feed (https://polisen.se/api/events): a JSON array
 * of events. Summaries ("Sammanfattning natt" …) are not incidents and are
 * skipped with a notice; an id seen twice in one file is kept once.
 */
import { resolveMunicipality } from '../municipality/municipality.ts';
import { categoryOfType, isSummaryType, normaliseEventType, type EventCategory } from './polisen-types.ts';
import { readJson } from './text.ts';
import { notice, problem, type ParseResult, type RowProblem } from './types.ts';
import { isAcceptedYear } from '../iso-day.ts';

export interface PoliceEvent {
  line: number;
  id: number;
  /** ISO 8601 with the feed's offset, e.g. "2021-07-19T06:44:53+02:00" */
  occurredAt: string;
  /** The calendar day in Swedish time as the feed wrote it: the day and month counts go by. */
  localDate: string;
  name: string;
  summary: string;
  url: string | null;
  rawType: string;
  type: string;
  category: EventCategory;
  locationName: string;
  /** The kommun when location.name is one; null for a län or an unknown place (kept, unresolved). */
  municipalityCode: string | null;
  gps: string | null;
}

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))? ?([+-])(\d{1,2}):?(\d{2})$/;

/** "2021-07-19 6:44:53 +02:00" → ISO with offset and the local date; null when it is no real moment. */
export function parseEventDateTime(raw: string): { iso: string; localDate: string } | null {
  const m = DATETIME.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, sign, oh, om] = m as unknown as string[];
  const localDate = `${y}-${mo}-${d}`;
  const iso = `${localDate}T${h!.padStart(2, '0')}:${mi}:${s ?? '00'}${sign}${oh!.padStart(2, '0')}:${om}`;
  const probe = new Date(`${localDate}T00:00:00Z`);
  // A real day is not enough: PostgreSQL has no year 0, and no feed reports events from the year 40.
  if (!isAcceptedYear(Number(y))) return null;
  if (Number.isNaN(Date.parse(iso)) || probe.toISOString().slice(0, 10) !== localDate || Number(h) > 23) return null;
  return { iso, localDate };
}

/** A län ("Västra Götalands län") is kept but never taken for a kommun. */
function kommunCode(locationName: string): string | null {
  return /\slän$/i.test(locationName) ? null : (resolveMunicipality(locationName)?.code ?? null);
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function readLocation(value: unknown): { name: string; gps: string | null } | null {
  if (!value || typeof value !== 'object') return null;
  const loc = value as Record<string, unknown>;
  const name = str(loc.name)?.trim();
  return name ? { name, gps: str(loc.gps)?.trim() || null } : null;
}

function readEvent(value: unknown, line: number): PoliceEvent | RowProblem[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return [
      problem(
        line,
        `post ${line} är ingen händelse (väntade ett objekt)`,
        `entry ${line} is not an event (expected an object)`,
      ),
    ];
  }
  const e = value as Record<string, unknown>;
  const problems: RowProblem[] = [];
  const id = e.id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
    problems.push(problem(line, 'id saknas eller är inget positivt heltal', 'id is missing or not a positive integer'));
  }
  const when = parseEventDateTime(str(e.datetime) ?? '');
  if (!when)
    problems.push(
      problem(line, `ogiltig tidpunkt "${String(e.datetime ?? '')}"`, `invalid datetime "${String(e.datetime ?? '')}"`),
    );
  const rawType = str(e.type);
  if (!rawType?.trim()) problems.push(problem(line, 'typ saknas', 'type is missing'));
  const location = readLocation(e.location);
  if (!location) problems.push(problem(line, 'plats (location.name) saknas', 'location.name is missing'));
  if (problems.length) return problems;
  const type = normaliseEventType(rawType!);
  return {
    line,
    id: id as number,
    occurredAt: when!.iso,
    localDate: when!.localDate,
    name: str(e.name)?.trim() ?? '',
    summary: str(e.summary)?.trim() ?? '',
    url: str(e.url)?.trim() || null,
    rawType: rawType!,
    type,
    category: categoryOfType(type),
    locationName: location!.name,
    municipalityCode: kommunCode(location!.name),
    gps: location!.gps,
  };
}

export function parsePolisenEvents(text: string): ParseResult<PoliceEvent> {
  const json = readJson(text);
  if ('problem' in json) return { rows: [], skipped: [], problems: [json.problem], unreadable: true };
  if (!Array.isArray(json.value)) {
    return {
      rows: [],
      skipped: [],
      unreadable: true,
      problems: [
        problem(
          1,
          'Fel JSON-format: väntade en lista med händelser från Polisen',
          'Wrong JSON shape: expected an array of Polisen events',
        ),
      ],
    };
  }
  if (json.value.length === 0)
    return {
      rows: [],
      skipped: [],
      problems: [problem(1, 'Filen innehåller inga händelser', 'The file holds no events')],
    };
  const out: ParseResult<PoliceEvent> = { rows: [], skipped: [], problems: [] };
  const seen = new Map<number, number>();
  json.value.forEach((value, i) => {
    const event = readEvent(value, i + 1);
    if (Array.isArray(event)) out.problems.push(...event);
    else if (isSummaryType(event.type)) {
      out.skipped.push(
        notice(
          event.line,
          `"${event.type}" är en sammanfattning, ingen händelse; hoppades över`,
          `"${event.type}" is a summary, not an incident; skipped`,
        ),
      );
    } else if (seen.has(event.id)) {
      const first = seen.get(event.id);
      out.skipped.push(
        notice(
          event.line,
          `samma id (${event.id}) som post ${first}; hoppades över`,
          `same id (${event.id}) as entry ${first}; skipped`,
        ),
      );
    } else {
      seen.set(event.id, event.line);
      out.rows.push(event);
    }
  });
  return out;
}
