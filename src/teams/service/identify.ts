/** Roles from the settings (admins list, agents list) plus the seeded demo users: translation only. */
import type { Actor as CoreActor, Settings } from '../../core/index';
import type { Actor, Identity, Role } from './types';

/** Extra roles granted outside the settings (the seeded demo users in local mode). */
export interface RoleGrants {
  rolesFor(email: string): Promise<Role[]>;
}

/**
 * The actor for an identity: `agent` when the settings list an agent with that id or e-mail (the
 * actor then carries the agent id), `admin` when the admins list has the id or e-mail.
 *
 * @example
 * actorFor(settings, { id: 'oid-1', name: 'Ana', email: 'ana@x.co', locale: 'es' }, []);
 */
export function actorFor(settings: Settings, identity: Identity, granted: readonly Role[]): Actor {
  const email = identity.email.toLowerCase();
  const agent = settings.agents.find((a) => a.id === identity.id || a.email.toLowerCase() === email);
  const admin = settings.admins.some((a) => a === identity.id || a.toLowerCase() === email) || granted.includes('admin');
  const roles: Role[] = ['requester'];
  if (agent || admin || granted.includes('agent')) roles.push('agent');
  if (admin) roles.push('admin');
  return { id: agent?.id ?? identity.id, name: identity.name, email, roles, locale: identity.locale };
}

export const isStaffActor = (actor: Actor): boolean => actor.roles.includes('agent') || actor.roles.includes('admin');
export const isAdminActor = (actor: Actor): boolean => actor.roles.includes('admin');

/** The core actor: staff act as agent/admin (by agent id); everybody else as requester (by e-mail). */
export function coreActor(actor: Actor, asRequester = false): CoreActor {
  if (asRequester || !isStaffActor(actor)) return { id: actor.email, role: 'requester' };
  return { id: actor.id, role: isAdminActor(actor) ? 'admin' : 'agent' };
}
