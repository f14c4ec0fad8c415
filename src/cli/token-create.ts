import type { Config } from '../config.ts';
import { CLI_ACTOR } from '../app/audit.ts';
import { resolveOrganisationRef } from '../app/admin/organisations.ts';
import { createToken } from '../app/auth/tokens.ts';
import { isRole, ROLES } from '../domain/access/permissions.ts';
import { CliError, parseOptions, type Io } from './io.ts';
import { withDeps } from './context.ts';

/** Prints the token alone on stdout, so scripts can capture it: TOKEN=$(npx lofte token create …). */
export async function runTokenCreate(args: string[], io: Io, config: Config): Promise<number> {
  const { values } = parseOptions(args, {
    org: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
  });
  if (!values.org || !values.role)
    throw new CliError('token create kräver --org och --role (required options missing)', 2);
  const role = values.role;
  if (!isRole(role)) throw new CliError(`okänd roll "${role}"; välj en av ${ROLES.join(', ')} (unknown role)`, 2);
  return withDeps(config, async (deps) => {
    const organisationId = await resolveOrganisationRef(deps, values.org!);
    const { token } = await createToken(deps, CLI_ACTOR, { organisationId, role, name: values.name });
    io.stdout(token);
    return 0;
  });
}
