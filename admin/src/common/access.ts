/**
 * Who may do what, as the API decides it (README, "Accounts, roles and the audit log"). The API is the
 * guard; this only keeps screens from offering what the server would refuse.
 */
export type Role = 'ADMIN' | 'ACADEMY_STAFF' | 'RESERVE_COORDINATOR' | 'LEADERSHIP';

export const ROLES: readonly Role[] = ['ADMIN', 'ACADEMY_STAFF', 'RESERVE_COORDINATOR', 'LEADERSHIP'];
const ADMINS: readonly Role[] = ['ADMIN'];
const ACADEMY: readonly Role[] = ['ADMIN', 'ACADEMY_STAFF'];
const COORDINATORS: readonly Role[] = ['ADMIN', 'RESERVE_COORDINATOR'];
const SCHEDULE_READERS: readonly Role[] = ['ADMIN', 'RESERVE_COORDINATOR', 'LEADERSHIP'];
const NOBODY: readonly Role[] = [];

interface Rule {
  read: readonly Role[];
  write: readonly Role[];
  delete?: readonly Role[];
}

const RULES: Record<string, Rule> = {
  divisions: { read: ROLES, write: ADMINS },
  recruits: { read: ROLES, write: COORDINATORS },
  'stage-changes': { read: ROLES, write: NOBODY },
  'academy-classes': { read: ROLES, write: ACADEMY },
  'curriculum-modules': { read: ROLES, write: ACADEMY },
  'training-records': { read: ROLES, write: ACADEMY },
  reserves: { read: ROLES, write: COORDINATORS },
  deployments: { read: SCHEDULE_READERS, write: COORDINATORS },
  // Coordinators assign through the schedule (assignReserve and its rules); raw writes are an administrator's corrections.
  assignments: { read: SCHEDULE_READERS, write: ADMINS },
  users: { read: ADMINS, write: ADMINS, delete: NOBODY },
  'audit-events': { read: ADMINS, write: NOBODY },
  pipeline: { read: ROLES, write: COORDINATORS },
  schedule: { read: SCHEDULE_READERS, write: COORDINATORS },
};

const READ_ACTIONS = new Set(['list', 'show', 'export', 'read', 'access']);

/** Whether a role may take an action (react-admin's: list, show, create, edit, delete, export) on a resource. */
export function roleCan(role: Role | undefined, action: string, resource: string): boolean {
  if (!role) return false;
  const rule = RULES[resource];
  if (!rule) return false;
  if (READ_ACTIONS.has(action)) return rule.read.includes(role);
  if (action === 'delete') return (rule.delete ?? rule.write).includes(role);
  return rule.write.includes(role);
}

/** Personal contact details read as null for leadership. */
export const seesContactDetails = (role: Role | undefined) => role !== undefined && role !== 'LEADERSHIP';
