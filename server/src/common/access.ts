import { Authorized, Extensions, UseMiddleware, type AuthChecker, type MiddlewareFn } from 'type-graphql';
import { registerEnumType } from 'type-graphql';
import type { AppContext } from './context.js';
import { DomainError } from './errors.js';

/** Staff roles (DESIGN.md, "Who uses it"). */
export enum Role {
  ADMIN = 'ADMIN',
  ACADEMY_STAFF = 'ACADEMY_STAFF',
  RESERVE_COORDINATOR = 'RESERVE_COORDINATOR',
  LEADERSHIP = 'LEADERSHIP',
}
registerEnumType(Role, { name: 'Role' });

export const EVERY_ROLE: readonly Role[] = Object.values(Role);

/** The roles an operation or field admits, as a test reading the schema sees them. */
export const ACCESS_EXTENSION = 'allow';
export const PUBLIC = 'PUBLIC';

/**
 * Declares who may call a query or mutation (default deny: an operation without it is a defect,
 * and a test walking the schema says so). Anonymous callers get UNAUTHENTICATED, others FORBIDDEN.
 */
export function Allow(...roles: readonly Role[]): MethodDecorator & PropertyDecorator {
  const authorized = Authorized(...roles);
  const extension = Extensions({ [ACCESS_EXTENSION]: [...roles] });
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    authorized(target, key, descriptor as TypedPropertyDescriptor<unknown>);
    extension(target, key, descriptor as TypedPropertyDescriptor<unknown>);
  };
}

/** Declares an operation open to anyone, signed in or not (login, me). */
export function Public(): MethodDecorator & PropertyDecorator {
  return Extensions({ [ACCESS_EXTENSION]: [PUBLIC] }) as MethodDecorator & PropertyDecorator;
}

/**
 * A field shown only to some roles; the others read null, so one query serves every role
 * (personal contact details are not shown to LEADERSHIP).
 */
export function VisibleTo(...roles: readonly Role[]): MethodDecorator & PropertyDecorator {
  const hide: MiddlewareFn<AppContext> = async ({ context }, next) =>
    context.user && roles.includes(context.user.role) ? next() : null;
  const middleware = UseMiddleware(hide);
  const extension = Extensions({ [ACCESS_EXTENSION]: [...roles] });
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    middleware(target, key, descriptor as TypedPropertyDescriptor<unknown>);
    extension(target, key, descriptor as TypedPropertyDescriptor<unknown>);
  };
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to continue') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this') {
    super('FORBIDDEN', message);
  }
}

export const authChecker: AuthChecker<AppContext, Role> = ({ context }, roles) => {
  if (!context.user) throw new UnauthenticatedError();
  if (!roles.includes(context.user.role)) throw new ForbiddenError();
  return true;
};

/** The signed-in user, for services that act on their behalf. */
export function currentUser(ctx: AppContext) {
  if (!ctx.user) throw new UnauthenticatedError();
  return ctx.user;
}

/** Who reads and who changes what (README, "Roles"). */
export const ADMINS: readonly Role[] = [Role.ADMIN];
export const ACADEMY: readonly Role[] = [Role.ADMIN, Role.ACADEMY_STAFF];
export const COORDINATORS: readonly Role[] = [Role.ADMIN, Role.RESERVE_COORDINATOR];
/** Deployments and assignments: scheduling is not the academy's business. */
export const SCHEDULE_READERS: readonly Role[] = [Role.ADMIN, Role.RESERVE_COORDINATOR, Role.LEADERSHIP];
/** Email, phone and address of recruits and reserves: everyone but leadership. */
export const CONTACT_READERS: readonly Role[] = [Role.ADMIN, Role.ACADEMY_STAFF, Role.RESERVE_COORDINATOR];
