import { MembershipRole, Role } from '../common/auth/roles';
import { CreateEngagementDto } from '../engagements/dto/create-engagement.dto';

/** The programme's first three beneficiary States (programme overview, "State of play and next steps"). */
export const DEMO_ENGAGEMENTS: CreateEngagementDto[] = [
  {
    country: 'TUN',
    title: 'Tunisia: protection of urban centres, touristic venues and religious sites against terrorist threats, including UAS',
    thematicAreas: ['urban_centres', 'touristic_venues', 'religious_sites', 'uas'],
    languages: ['fr', 'en'],
  },
  {
    country: 'TGO',
    title: 'Togo: protection of vulnerable targets and major events against terrorist threats, including UAS',
    thematicAreas: ['urban_centres', 'major_sporting_events', 'religious_sites', 'uas'],
    languages: ['fr'],
  },
  {
    country: 'TJK',
    title: 'Tajikistan: protection of public places, touristic venues and major events against terrorist threats, including UAS',
    thematicAreas: ['urban_centres', 'touristic_venues', 'major_sporting_events', 'uas'],
    languages: ['ru', 'en'],
  },
];

/** Shared by every demo account; printed at start-up. Demo data is off in production. */
export const DEMO_PASSWORD = 'demo-password-2026';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  /** Country code → part in that State's engagement. */
  memberships: Partial<Record<string, MembershipRole>>;
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.example.org', name: 'Demo Administrator', role: 'admin', memberships: {} },
  { email: 'pm@demo.example.org', name: 'Programme Manager (UNOCT)', role: 'programme_manager', memberships: {} },
  {
    email: 'mission.lead@demo.example.org',
    name: 'Mission Lead',
    role: 'mission_member',
    memberships: { TUN: 'mission_lead', TGO: 'mission_lead', TJK: 'mission_lead' },
  },
  { email: 'mission.member@demo.example.org', name: 'Mission Team Member', role: 'mission_member', memberships: { TGO: 'mission_member' } },
  { email: 'focal.tgo@demo.example.org', name: 'Focal Point, Togo', role: 'focal_point', memberships: { TGO: 'focal_point' } },
  { email: 'focal.tun@demo.example.org', name: 'Focal Point, Tunisia', role: 'focal_point', memberships: { TUN: 'focal_point' } },
  { email: 'focal.tjk@demo.example.org', name: 'Focal Point, Tajikistan', role: 'focal_point', memberships: { TJK: 'focal_point' } },
  { email: 'partner@demo.example.org', name: 'Partner Viewer (UNICRI)', role: 'partner_viewer', memberships: { TGO: 'observer' } },
];
