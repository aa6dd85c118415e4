import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow, COORDINATORS } from '../../../common/access.js';
import type { AppContext } from '../../../common/context.js';
import { recruitImportService } from './recruit-import.service.js';
import { ImportResult } from './recruit-import.types.js';

@Resolver()
export class RecruitImportResolver {
  @Allow(...COORDINATORS)
  @Mutation(() => ImportResult, {
    description:
      'Imports recruits from CSV (a header row of createRecruit argument names, or preferredDivision by name): every row validated; all valid rows imported or, when any row has errors, none; duplicate emails skipped. Requests are limited to 100 kB here (about 1,000 rows); POST larger files as text/csv to /import/recruits',
  })
  importRecruits(@Arg('csv', () => String) csv: string, @Arg('dryRun', () => Boolean) dryRun: boolean, @Ctx() ctx: AppContext) {
    return recruitImportService.importRecruits(ctx, csv, dryRun);
  }
}
