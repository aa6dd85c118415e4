import { Arg, Ctx, Float, ID, Query, Resolver } from 'type-graphql';
import { Allow, EVERY_ROLE } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { LocalDateScalar } from '../../common/local-date.js';
import { RecruitSource } from '../recruits/recruit.enums.js';
import { academyProgress } from './academy-progress.js';
import { AcademyProgress } from './academy-progress.types.js';
import { parseAsOf, parseFilterId, parseHourValue, parsePeriod } from './dashboard-inputs.js';
import { divisionCoverage } from './division-coverage.js';
import { DivisionCoverage } from './division-coverage.types.js';
import { recruitmentFunnel } from './recruitment-funnel.js';
import { recruitmentTrend } from './recruitment-trend.js';
import { RecruitmentFunnel, RecruitmentTrend } from './recruitment.types.js';
import { reserveUtilization } from './reserve-utilization.js';
import { ReserveUtilization } from './reserve-utilization.types.js';
import { trainingCompliance } from './training-compliance.js';
import { TrainingCompliance } from './training-compliance.types.js';

const PERIOD = 'Los Angeles dates: from included, to excluded; at most 735 days';

/** Leadership's dashboards: read-only figures computed in SQL, for every role, with no contact details. */
@Resolver()
export class DashboardsResolver {
  @Allow(...EVERY_ROLE)
  @Query(() => RecruitmentFunnel, { description: `Per pipeline stage, for the recruits who entered the pipeline in the period (${PERIOD}): reached, conversion, median days in stage, exits` })
  recruitmentFunnel(
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('source', () => RecruitSource, { nullable: true }) source: RecruitSource | null,
    @Ctx() ctx: AppContext,
  ): Promise<RecruitmentFunnel> {
    return recruitmentFunnel(ctx, parsePeriod(from, to), source ?? null);
  }

  @Allow(...EVERY_ROLE)
  @Query(() => RecruitmentTrend, { description: `New prospects, applications and appointments per Los Angeles month (${PERIOD})` })
  recruitmentTrend(@Arg('from', () => LocalDateScalar) from: string, @Arg('to', () => LocalDateScalar) to: string, @Ctx() ctx: AppContext): Promise<RecruitmentTrend> {
    return recruitmentTrend(ctx, parsePeriod(from, to));
  }

  @Allow(...EVERY_ROLE)
  @Query(() => TrainingCompliance, { description: 'Share of ACTIVE reserves fully current on asOf (default today), per module and per division; divisionId narrows to the reserves homed there' })
  async trainingCompliance(
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Arg('divisionId', () => ID, { nullable: true }) divisionId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<TrainingCompliance> {
    return trainingCompliance(ctx, parseAsOf(ctx, asOf), await parseFilterId(ctx, divisionId, 'divisionId', 'division', 'Division'));
  }

  @Allow(...EVERY_ROLE)
  @Query(() => AcademyProgress, { description: 'Per academy class (the one given, or every class not cancelled) and module: completion rate, average score, and the recruits behind schedule, today' })
  async academyProgress(@Arg('academyClassId', () => ID, { nullable: true }) academyClassId: string | null, @Ctx() ctx: AppContext): Promise<AcademyProgress> {
    return academyProgress(ctx, parseAsOf(ctx, null), await parseFilterId(ctx, academyClassId, 'academyClassId', 'academy_class', 'AcademyClass'));
  }

  @Allow(...EVERY_ROLE)
  @Query(() => DivisionCoverage, { description: `Visibility-patrol hours per division and Los Angeles week (the whole weeks overlapping the period; ${PERIOD}) against each division's weekly target` })
  divisionCoverage(@Arg('from', () => LocalDateScalar) from: string, @Arg('to', () => LocalDateScalar) to: string, @Ctx() ctx: AppContext): Promise<DivisionCoverage> {
    return divisionCoverage(ctx, parsePeriod(from, to));
  }

  @Allow(...EVERY_ROLE)
  @Query(() => ReserveUtilization, { description: `Completed hours per reserve, level and division, the share meeting the monthly minimum, and the hours' value (${PERIOD})` })
  reserveUtilization(
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('hourValue', () => Float, { nullable: true, description: 'Dollars an hour (default VOLUNTEER_HOUR_VALUE, 46.55)' }) hourValue: number | null,
    @Ctx() ctx: AppContext,
  ): Promise<ReserveUtilization> {
    return reserveUtilization(ctx, parsePeriod(from, to), parseHourValue(ctx, hourValue));
  }
}
