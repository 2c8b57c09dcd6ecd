/**
 * Demo data for a first local run: clearly marked DEMO users, agents per tier and an admin,
 * added to the settings in force, plus two demo requests. Idempotent (keys and INSERT OR IGNORE).
 */
import type { Settings } from '../core/index';
import type { SettingsHolder } from './service/settings-holder';
import type { Actor, TicketService } from './service/types';
import type { DemoUser, SqliteDemoUsers } from './store/sqlite-demo-users';

const DOMAIN = 'ventanilla.local';

export const DEMO_USERS: readonly DemoUser[] = [
  { id: `demo.solicitante@${DOMAIN}`, name: 'Demo solicitante (DEMO)', email: `demo.solicitante@${DOMAIN}`, roles: ['requester'], locale: 'es' },
  { id: 'demo-agente-n1', name: 'Agente N1 (DEMO)', email: `demo.agente.n1@${DOMAIN}`, roles: ['requester', 'agent'], locale: 'es' },
  { id: 'demo-agente-n2', name: 'Agente N2 (DEMO)', email: `demo.agente.n2@${DOMAIN}`, roles: ['requester', 'agent'], locale: 'es' },
  { id: 'demo-agente-n3', name: 'Agente N3 (DEMO)', email: `demo.agente.n3@${DOMAIN}`, roles: ['requester', 'agent'], locale: 'en' },
  { id: 'demo-admin', name: 'Administrador (DEMO)', email: `demo.admin@${DOMAIN}`, roles: ['requester', 'agent', 'admin'], locale: 'es' },
];

/** The settings with the demo agents, admin and team names (DEMO) added. */
export function withDemoStaff(settings: Settings): Settings {
  const agent = (id: string, name: string, email: string, tiers: Settings['agents'][number]['tiers']) => ({
    id, name, email, tiers, skills: { types: [], categories: [], languages: [] }, cap: null, away: false, calendarId: null,
  });
  const agents = [
    agent('demo-agente-n1', 'Agente N1 (DEMO)', `demo.agente.n1@${DOMAIN}`, ['N1']),
    agent('demo-agente-n2', 'Agente N2 (DEMO)', `demo.agente.n2@${DOMAIN}`, ['N2']),
    agent('demo-agente-n3', 'Agente N3 (DEMO)', `demo.agente.n3@${DOMAIN}`, ['N3', 'N4']),
    agent('demo-admin', 'Administrador (DEMO)', `demo.admin@${DOMAIN}`, ['N4']),
  ];
  const known = new Set(settings.agents.map((a) => a.id));
  const tier = (t: Settings['tiers']['N1'], members: string[]) => ({
    ...t, name: t.name.includes('(DEMO)') ? t.name : `${t.name} (DEMO)`, members: [...new Set([...t.members, ...members])],
  });
  return {
    ...settings,
    agents: [...settings.agents, ...agents.filter((a) => !known.has(a.id))],
    admins: [...new Set([...settings.admins, 'demo-admin'])],
    tiers: {
      N1: tier(settings.tiers.N1, ['demo-agente-n1']),
      N2: tier(settings.tiers.N2, ['demo-agente-n2']),
      N3: tier(settings.tiers.N3, ['demo-agente-n3']),
      N4: tier(settings.tiers.N4, ['demo-agente-n3', 'demo-admin']),
    },
  };
}

/**
 * Seeds once: returns false when the demo users were already there. `service` null (Jira mode:
 * Jira is the system of record) seeds the demo users and staff but files no demo tickets.
 */
export async function seedDemo(
  users: SqliteDemoUsers,
  settings: SettingsHolder,
  service: TicketService | null,
  now: Date,
): Promise<boolean> {
  if ((await users.all()).length > 0) return false;
  await users.add(DEMO_USERS);
  await settings.replace(withDemoStaff(settings.current()), 'seed:demo', now.toISOString());
  if (service === null) return true;
  const requester: Actor = {
    id: `demo.solicitante@${DOMAIN}`, name: 'Demo solicitante (DEMO)', email: `demo.solicitante@${DOMAIN}`, roles: ['requester'], locale: 'es',
  };
  const intake = (n: number, type: string, subject: string, impact: string, urgency: string) =>
    service.fileTicket(
      { type, subject, description: `${subject} — solicitud de demostración (DEMO).`, impact, urgency, channel: 'web',
        requester: { name: requester.name, email: requester.email } },
      requester, `demo:${n}`, 'es',
    );
  await intake(1, 'peticion', 'Certificado laboral (DEMO)', 'media', 'media');
  await intake(2, 'queja', 'Demora en la atención (DEMO)', 'alta', 'media');
  return true;
}
