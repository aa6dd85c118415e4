import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud/crud-resolver.js';
import { Division } from './division.entity.js';
import { divisionService } from './division.resource.js';

@Resolver(() => Division)
export class DivisionResolver extends crudResolver(divisionService) {}
