import { actionSensitivity, audienceMayRead, mostRestrictive } from './confidentiality';

describe('confidentiality', () => {
  it('lets each audience read up to its ceiling only', () => {
    expect(audienceMayRead('internal', 'confidential')).toBe(true);
    expect(audienceMayRead('government', 'restricted')).toBe(true);
    expect(audienceMayRead('government', 'confidential')).toBe(false);
    expect(audienceMayRead('public', 'public')).toBe(true);
    expect(audienceMayRead('public', 'restricted')).toBe(false);
  });

  it('takes the most restrictive sensitivity, and fails closed on nothing known', () => {
    expect(mostRestrictive(['public', 'restricted'])).toBe('restricted');
    expect(mostRestrictive(['public', 'confidential', 'restricted'])).toBe('confidential');
    expect(mostRestrictive([])).toBe('confidential');
  });

  it("defaults an action's sensitivity to its findings' and honours an explicit one", () => {
    expect(actionSensitivity(null, ['public', 'restricted'])).toBe('restricted');
    expect(actionSensitivity(null, ['public', undefined])).toBe('confidential');
    expect(actionSensitivity('confidential', ['public'])).toBe('confidential');
    expect(actionSensitivity('public', ['confidential'], 'confidential')).toBe('public');
  });

  it('lets a lowering lapse when a finding becomes more sensitive than the one it was decided against', () => {
    expect(actionSensitivity('public', ['restricted'], 'restricted')).toBe('public');
    expect(actionSensitivity('public', ['confidential'], 'restricted')).toBe('confidential');
    // A setting that was no lowering when made (equal to the default then) is no lowering later either.
    expect(actionSensitivity('restricted', ['confidential'])).toBe('confidential');
    expect(actionSensitivity('public', ['confidential'])).toBe('confidential');
  });
});
