/** The dashboard queries (schema/schema.graphql) and the parts of their answers the cards draw. */

export const RECRUITMENT_FUNNEL = `query RecruitmentFunnel($from: LocalDate!, $to: LocalDate!) {
  recruitmentFunnel(from: $from, to: $to) {
    from to recruits
    stages { stage position reached inStageNow conversionFromPrevious withdrawn disqualified medianDaysInStage }
  }
}`;

export interface FunnelStage {
  stage: string;
  position: number;
  reached: number;
  inStageNow: number;
  conversionFromPrevious: number | null;
  withdrawn: number;
  disqualified: number;
  medianDaysInStage: number | null;
}

export interface RecruitmentFunnelAnswer {
  recruitmentFunnel: { from: string; to: string; recruits: number; stages: FunnelStage[] };
}

export const TRAINING_COMPLIANCE = `query TrainingCompliance($divisionId: ID) {
  trainingCompliance(divisionId: $divisionId) {
    asOf activeReserves fullyCurrent share owingCpt cptShort
    divisions { divisionId name areaId activeReserves fullyCurrent share }
    modules { moduleId code title reservesRequired current expiring expired missing }
  }
}`;

export interface DivisionCompliance {
  divisionId: string;
  name: string;
  areaId: number;
  activeReserves: number;
  fullyCurrent: number;
  share: number | null;
}

export interface ModuleCompliance {
  moduleId: string;
  code: string;
  title: string;
  reservesRequired: number;
  current: number;
  expiring: number;
  expired: number;
  missing: number;
}

export interface TrainingComplianceAnswer {
  trainingCompliance: {
    asOf: string;
    activeReserves: number;
    fullyCurrent: number;
    share: number | null;
    owingCpt: number;
    cptShort: number;
    divisions: DivisionCompliance[];
    modules: ModuleCompliance[];
  };
}

export const DIVISION_COVERAGE = `query DivisionCoverage($from: LocalDate!, $to: LocalDate!) {
  divisionCoverage(from: $from, to: $to) {
    from to fillRate scheduledHours servedHours targetHours gapHours
    weeks { week startsAt endsAt }
    divisions {
      divisionId name areaId weeklyTargetHours scheduledHours weeksBelowTarget
      weeks { week patrols scheduledHours servedHours targetHours fillRate requiredHeadcount activeAssignments }
    }
  }
}`;

export interface CoverageCell {
  week: string;
  patrols: number;
  scheduledHours: number;
  servedHours: number;
  targetHours: number;
  fillRate: number | null;
  requiredHeadcount: number;
  activeAssignments: number;
}

export interface CoverageRow {
  divisionId: string;
  name: string;
  areaId: number;
  weeklyTargetHours: number;
  scheduledHours: number;
  weeksBelowTarget: number;
  weeks: CoverageCell[];
}

export interface CoverageWeek {
  week: string;
  startsAt: string;
  endsAt: string;
}

export interface DivisionCoverageAnswer {
  divisionCoverage: {
    from: string;
    to: string;
    fillRate: number | null;
    scheduledHours: number;
    servedHours: number;
    targetHours: number;
    gapHours: number;
    weeks: CoverageWeek[];
    divisions: CoverageRow[];
  };
}

export const RESERVE_UTILIZATION = `query ReserveUtilization($from: LocalDate!, $to: LocalDate!) {
  reserveUtilization(from: $from, to: $to) {
    from to hours value hourValue share monthsMet monthsOwed
    levels { level reserves hours averageHours monthsMet monthsOwed share }
    reserves { reserveId level divisionId hours monthsMet monthsOwed }
  }
}`;

export interface LevelHours {
  level: string;
  reserves: number;
  hours: number;
  averageHours: number | null;
  monthsMet: number;
  monthsOwed: number;
  share: number | null;
}

export interface ReserveHoursRow {
  reserveId: string;
  level: string;
  divisionId: string;
  hours: number;
  monthsMet: number;
  monthsOwed: number;
}

export interface ReserveUtilizationAnswer {
  reserveUtilization: {
    from: string;
    to: string;
    hours: number;
    value: number;
    hourValue: number;
    share: number | null;
    monthsMet: number;
    monthsOwed: number;
    levels: LevelHours[];
    reserves: ReserveHoursRow[];
  };
}
