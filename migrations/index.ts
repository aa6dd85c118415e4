import { DomainModel1795673606014 } from './1795673606014-DomainModel.js';
import { AccountsAndAudit1795676400000 } from './1795676400000-AccountsAndAudit.js';

/** Every migration, oldest first. Listed as classes so the sources and the build run the same ones. */
export const migrations = [DomainModel1795673606014, AccountsAndAudit1795676400000];
