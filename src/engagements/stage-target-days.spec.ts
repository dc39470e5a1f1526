import { loadAppConfig } from '../config/app.config';
import { InvalidEnvironmentError } from '../config/env.validation';
import { stageTargetDays } from './stage-target-days';

const fromEnvironment = (value: string) => stageTargetDays(loadAppConfig({ STAGE_TARGET_DAYS: value }));

function problemsOf(value: string): string[] {
  try {
    fromEnvironment(value);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
  throw new Error(`expected STAGE_TARGET_DAYS=${value} to be refused`);
}

describe('stageTargetDays (STAGE_TARGET_DAYS over the machine targets)', () => {
  it('is the machine targets when the variable is unset', () => {
    expect(stageTargetDays(loadAppConfig({}))).toEqual({ scoping: 60, gapAssessment: 45, roadmap: 90, adoption: 120 });
  });

  it('takes the stages the variable names, and the machine targets for the others', () => {
    expect(fromEnvironment('scoping=30, adoption=100')).toEqual({ scoping: 30, gapAssessment: 45, roadmap: 90, adoption: 100 });
    expect(fromEnvironment('roadmap=0')).toMatchObject({ roadmap: 0 });
  });

  it.each(['scoping=soon', 'scoping=12345', 'scoping=1.5', 'scoping=-1', 'scoping', 'scoping=1=2', 'scoping=30,', 'implementation=30', 'Scoping=30', 'toString=1'])(
    'refuses %j, naming the variable and the stages',
    (value) => {
      expect(problemsOf(value)).toEqual(['STAGE_TARGET_DAYS must look like scoping=60,gapAssessment=45,roadmap=90,adoption=120 (any of them)']);
    },
  );
});
