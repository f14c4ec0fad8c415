import type { Config } from '../config.ts';
import { CLI_ACTOR } from '../app/audit.ts';
import { randomSecret } from '../app/auth/crypto.ts';
import { resolveOrganisationRef } from '../app/admin/organisations.ts';
import { createUser } from '../app/admin/users.ts';
import { isRole, ROLES } from '../domain/access/permissions.ts';
import { CliError, parseOptions, type Io } from './io.ts';
import { withDeps } from './context.ts';

export async function runUserAdd(args: string[], io: Io, config: Config): Promise<number> {
  const { values } = parseOptions(args, {
    email: { type: 'string' },
    name: { type: 'string' },
    org: { type: 'string' },
    role: { type: 'string' },
    password: { type: 'string' },
  });
  if (!values.email || !values.name || !values.org || !values.role) {
    throw new CliError('user add kräver --email, --name, --org och --role (required options missing)', 2);
  }
  const role = values.role;
  if (!isRole(role)) throw new CliError(`okänd roll "${role}"; välj en av ${ROLES.join(', ')} (unknown role)`, 2);
  const password = values.password ?? randomSecret('', 12);
  return withDeps(config, async (deps) => {
    const organisationId = await resolveOrganisationRef(deps, values.org!);
    const user = await createUser(deps, CLI_ACTOR, {
      email: values.email!,
      name: values.name!,
      password,
      organisationId,
      role,
    });
    io.stdout(`Användaren ${user.email} skapades (id ${user.id}).`);
    if (!values.password) io.stdout(`Tillfälligt lösenord: ${password}`);
    return 0;
  });
}
