import { AppConfig } from '../config/app.config';
import { InvalidEnvironmentError } from '../config/env.validation';
import { DEFAULT_STAGE_TARGET_DAYS, TimedStage } from './machine/engagement.machine';

/** Target duration of each timed stage in days; past it the engagement is overdue. */
export type StageTargetDays = Readonly<Record<TimedStage, number>>;

export const STAGE_TARGET_DAYS = Symbol('STAGE_TARGET_DAYS');

const MAX_DAYS = 9999;

function isTimedStage(stage: string): stage is TimedStage {
  return Object.hasOwn(DEFAULT_STAGE_TARGET_DAYS, stage);
}

/**
 * The machine's targets with those of STAGE_TARGET_DAYS over them. The configuration reads the variable as plain
 * pairs, knowing no stage; the names and the days are checked here, against the machine, when the app starts.
 */
export function stageTargetDays(config: Pick<AppConfig, 'stageTargetDays'>): StageTargetDays {
  const targets: Record<TimedStage, number> = { ...DEFAULT_STAGE_TARGET_DAYS };
  for (const [stage, days] of Object.entries(config.stageTargetDays)) {
    if (!isTimedStage(stage) || !Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
      const example = Object.entries(DEFAULT_STAGE_TARGET_DAYS)
        .map(([timed, target]) => `${timed}=${target}`)
        .join(',');
      throw new InvalidEnvironmentError([`STAGE_TARGET_DAYS must look like ${example} (any of them)`]);
    }
    targets[stage] = days;
  }
  return targets;
}
