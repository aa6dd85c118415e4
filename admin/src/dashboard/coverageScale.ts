/**
 * The heat map's colour scale: scheduled patrol hours as a share of the division's weekly target, in
 * steps (a sequential yellow-green-blue that reads in greyscale and for red-green colour blindness; each
 * step's text colour keeps a 4.5:1 contrast).
 * The share is also written in every cell, so the colour is never the only carrier.
 */
export interface CoverageStep {
  /** Lowest share in the step (0 to 1+). */
  from: number;
  label: string;
  background: string;
  text: string;
}

export const COVERAGE_STEPS: readonly CoverageStep[] = [
  { from: 0, label: 'none', background: '#f4f4f4', text: '#6b6b6b' },
  { from: 0.0001, label: 'under 50%', background: '#edf8b1', text: '#1f2d1f' },
  { from: 0.5, label: '50–79%', background: '#c7e9b4', text: '#1f2d1f' },
  { from: 0.8, label: '80–99%', background: '#7fcdbb', text: '#0f2a26' },
  { from: 1, label: '100–119%', background: '#1f6aa5', text: '#ffffff' },
  { from: 1.2, label: '120% and more', background: '#253494', text: '#ffffff' },
];

/** The step a share of the target falls in. */
export function coverageStep(share: number): CoverageStep {
  let step = COVERAGE_STEPS[0] as CoverageStep;
  for (const candidate of COVERAGE_STEPS) if (share >= candidate.from) step = candidate;
  return step;
}

/** Scheduled hours over the target (0 when the division has no target: nothing is owed). */
export const shareOfTarget = (scheduledHours: number, targetHours: number) => (targetHours > 0 ? scheduledHours / targetHours : 0);
