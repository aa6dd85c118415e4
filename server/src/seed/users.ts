import type { EntityManager } from 'typeorm';
import { Role } from '../common/access.js';
import { hashPassword } from '../modules/users/passwords.js';
import { User } from '../modules/users/user.entity.js';

/** The demo accounts' password (the README gives it); demo data is never loaded in production. */
export const DEMO_PASSWORD = 'Reserve-Demo-2026';

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@example.org', name: 'Dana Whitfield', role: Role.ADMIN },
  { email: 'academy@example.org', name: 'Marcus Oyelaran', role: Role.ACADEMY_STAFF },
  { email: 'coordinator@example.org', name: 'Rosa Villanueva', role: Role.RESERVE_COORDINATOR },
  { email: 'leadership@example.org', name: 'Howard Kim', role: Role.LEADERSHIP },
];

/** One demo account per role, added where its email is not taken yet. */
export async function seedDemoUsers(tx: EntityManager): Promise<void> {
  const existing = new Set((await tx.find(User, { select: { email: true } })).map((user) => user.email));
  for (const user of DEMO_USERS.filter((candidate) => !existing.has(candidate.email))) {
    await tx.insert(User, { ...user, active: true, passwordHash: await hashPassword(DEMO_PASSWORD), failedLoginCount: 0 });
  }
}
