/**
 * What `npm run bench:dashboards` asks, as leadership's dashboard would: each query with every field
 * selected, over the periods a dashboard shows (and the longest, two years). A test sends them
 * through the API too, so they stay within its query depth and cost limits.
 */
const FUNNEL = `from to source asOf recruits
  stages { stage position reached conversionFromPrevious medianDaysInStage inStageNow withdrawn disqualified }
  exits { exitStage fromStage reason recruits }`;
const TREND = `from to newProspects applications appointments months { month newProspects applications appointments }`;
const COMPLIANCE = `asOf divisionId activeReserves fullyCurrent share owingCpt cptShort
  modules { moduleId code title category reservesRequired current expiring expired missing }
  divisions { divisionId areaId name bureau activeReserves fullyCurrent share }`;
const ACADEMY = `asOf classes {
  academyClassId name moduleLevel status startsOn endsOn recruits requiredModules elapsedShare expectedModules completionRate behindCount
  modules { moduleId code title passed attempted completionRate averageScore }
  behindSchedule { recruitId firstName lastName stage completedModules } }`;
const COVERAGE = `from to scheduledHours servedHours targetHours gapHours fillRate weeks { week startsAt endsAt hours }
  divisions { divisionId areaId name bureau weeklyTargetHours scheduledHours servedHours gapHours weeksBelowTarget
    weeks { week patrols scheduledHours servedHours targetHours requiredHeadcount activeAssignments fillRate gapHours } }`;
const UTILIZATION = `from to hours completedAssignments hourValue value monthsOwed monthsMet share
  months { month hours reservesOwing meetingMinimum share }
  levels { level divisionId divisionName reserves hours averageHours monthsOwed monthsMet share }
  divisions { level divisionId divisionName reserves hours averageHours monthsOwed monthsMet share }
  reserves { reserveId badgeNumber firstName lastName level status divisionId divisionName hours completedAssignments monthlyMinimumHours monthsOwed monthsMet }`;

export const QUERIES: readonly { name: string; query: string }[] = [
  { name: 'recruitmentFunnel, 12 months', query: `{ recruitmentFunnel(from: "2025-10-15", to: "2026-10-16") { ${FUNNEL} } }` },
  { name: 'recruitmentTrend, 24 months', query: `{ recruitmentTrend(from: "2024-11-01", to: "2026-11-01") { ${TREND} } }` },
  { name: 'trainingCompliance, today', query: `{ trainingCompliance { ${COMPLIANCE} } }` },
  { name: 'academyProgress, every class', query: `{ academyProgress { ${ACADEMY} } }` },
  { name: 'divisionCoverage, 13 weeks', query: `{ divisionCoverage(from: "2026-07-13", to: "2026-10-12") { ${COVERAGE} } }` },
  { name: 'divisionCoverage, 2 years', query: `{ divisionCoverage(from: "2025-01-06", to: "2027-01-04") { ${COVERAGE} } }` },
  { name: 'reserveUtilization, 12 months', query: `{ reserveUtilization(from: "2025-10-01", to: "2026-10-01") { ${UTILIZATION} } }` },
  { name: 'reserveUtilization, 2 years', query: `{ reserveUtilization(from: "2025-01-01", to: "2027-01-01") { ${UTILIZATION} } }` },
];
