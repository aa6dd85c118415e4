/** Training compliance settings (issue 5); settable by environment. */
export interface TrainingSettings {
  /** A current module that expires within this many days is reported EXPIRING (0: never). */
  expiringWithinDays: number;
}

export const DEFAULT_TRAINING_SETTINGS: TrainingSettings = {
  expiringWithinDays: 60,
};
