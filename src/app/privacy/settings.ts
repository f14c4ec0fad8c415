/**
 * A kommun's personal-data settings: how long survey free text, login
 * records and audit entries are kept, who is personuppgiftsansvarig and how
 * the dataskyddsombud is reached. Read by whoever may read the kommun
 * (organisation.read), set by its admin (organisation.update), audited.
 * The register of processing is generated from them.
 */
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import { AppError, forbidden, notFound } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import {
  checkRetention,
  DEFAULT_RETENTION,
  surveyNotice,
  type PrivacySettings,
} from '../../domain/privacy/retention.ts';
import { processingRegister, REGISTER_COLUMNS } from '../../domain/privacy/register.ts';
import { csvDocument } from '../../domain/csv.ts';
import type { PrivacySettingsBody, PrivacySettingsView, ProcessingRegister } from '../../contracts/privacy.ts';
import { municipality, settingsRow, upsertSettings } from './queries.ts';

/** The kommun's settings, or the defaults when it has saved none. */
export async function settingsOf(db: Db, organisationId: string): Promise<PrivacySettings & { saved: boolean }> {
  const row = await settingsRow(db, organisationId);
  if (!row) return { ...DEFAULT_RETENTION, controller: '', dpoContact: '', saved: false };
  return {
    surveyTextMonths: row.survey_text_months,
    loginMonths: row.login_months,
    auditMonths: row.audit_months,
    controller: row.controller,
    dpoContact: row.dpo_contact,
    saved: true,
  };
}

/** The kommun, when the actor may read it; otherwise not found (reads outside reach are 404). */
async function kommunFor(deps: Deps, actor: Actor, id: string) {
  const kommun = can(actor, 'organisation.read', id) ? await municipality(deps.db, id) : undefined;
  if (!kommun) throw notFound('Kommunen', 'Municipality');
  return kommun;
}

export async function getPrivacySettings(deps: Deps, actor: Actor, id: string): Promise<PrivacySettingsView> {
  const kommun = await kommunFor(deps, actor, id);
  const s = await settingsOf(deps.db, id);
  return { organisationId: id, kommun: kommun.name, ...s, surveyNotice: surveyNotice(s, kommun.name, 'sv') };
}

function cleanText(value: string, sv: string, en: string): string {
  const v = value.trim();
  if (/[\r\n]/.test(v))
    throw new AppError('validation_failed', `${sv}: skriv på en rad`, `${en}: write it on one line`);
  return v;
}

export async function setPrivacySettings(
  deps: Deps,
  actor: Actor,
  id: string,
  input: PrivacySettingsBody,
): Promise<PrivacySettingsView> {
  await kommunFor(deps, actor, id);
  if (!can(actor, 'organisation.update', id)) throw forbidden();
  const retention = checkRetention({
    surveyTextMonths: input.surveyTextMonths,
    loginMonths: input.loginMonths,
    auditMonths: input.auditMonths,
  });
  const controller = cleanText(input.controller, 'Personuppgiftsansvarig', 'Controller');
  const dpoContact = cleanText(input.dpoContact, 'Dataskyddsombud', 'Data protection officer');
  await deps.db.transaction().execute(async (trx) => {
    const before = await settingsOf(trx, id);
    await upsertSettings(trx, {
      organisation_id: id,
      survey_text_months: retention.surveyTextMonths,
      login_months: retention.loginMonths,
      audit_months: retention.auditMonths,
      controller,
      dpo_contact: dpoContact,
      updated_at: deps.now(),
    });
    const { saved: _saved, ...was } = before;
    await writeAudit(trx, actor, {
      action: 'privacy.update',
      entityType: 'privacy_settings',
      entityId: id,
      organisationId: id,
      before: was,
      after: { ...retention, controller, dpoContact },
    });
  });
  return getPrivacySettings(deps, actor, id);
}

export async function getProcessingRegister(deps: Deps, actor: Actor, id: string): Promise<ProcessingRegister> {
  const kommun = await kommunFor(deps, actor, id);
  return processingRegister(await settingsOf(deps.db, id), kommun.name);
}

/** The register as a CSV file (semicolons, the Swedish column names), for the DPO's own register. */
export function registerCsv(register: ProcessingRegister): string {
  return csvDocument([
    REGISTER_COLUMNS.map(([, title]) => title),
    ...register.entries.map((e) => REGISTER_COLUMNS.map(([key]) => e[key])),
  ]);
}
