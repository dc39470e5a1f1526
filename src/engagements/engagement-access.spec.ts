import { Actor } from '../common/auth/actor';
import { Role } from '../common/auth/roles';
import { audienceOf, isAllowed } from './engagement-access';

const actor = (role: Role): Actor => ({ userId: 'u', email: 'u@example.org', role, requestId: 'r' });

describe('engagement access', () => {
  it('reads the programme as internal and the State and its partners as the government', () => {
    expect(audienceOf(actor('admin'), null)).toBe('internal');
    expect(audienceOf(actor('programme_manager'), null)).toBe('internal');
    expect(audienceOf(actor('mission_member'), 'mission_lead')).toBe('internal');
    expect(audienceOf(actor('mission_member'), 'mission_member')).toBe('internal');
    expect(audienceOf(actor('focal_point'), 'focal_point')).toBe('government');
    expect(audienceOf(actor('partner_viewer'), 'observer')).toBe('government');
  });

  it('fails closed for a part that does not fit the role, or none', () => {
    expect(audienceOf(actor('focal_point'), 'mission_lead')).toBe('public');
    expect(audienceOf(actor('mission_member'), null)).toBe('public');
  });

  it('keeps the working findings and actions from partner viewers, who read released versions and the plan', () => {
    const observer = actor('partner_viewer');
    expect(isAllowed(observer, 'observer', 'findings.read')).toBe(false);
    expect(isAllowed(observer, 'observer', 'roadmap.read')).toBe(false);
    expect(isAllowed(observer, 'observer', 'versions.read')).toBe(true);
    expect(isAllowed(observer, 'observer', 'implementation.read')).toBe(true);
  });
});
