import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud/crud-resolver.js';
import { CurriculumModule } from './curriculum-module.entity.js';
import { curriculumModuleService } from './curriculum-module.resource.js';

@Resolver(() => CurriculumModule)
export class CurriculumModuleResolver extends crudResolver(curriculumModuleService) {}
