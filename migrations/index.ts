import { DomainModel1795673606014 } from './1795673606014-DomainModel.js';

/** Every migration, oldest first. Listed as classes so the sources and the build run the same ones. */
export const migrations = [DomainModel1795673606014];
