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

/** Togo's engagement, advanced to the gap assessment so that the demo has missions, findings and history. */
export const TOGO_SCOPING_MISSION = {
  startDate: '2026-02-09',
  endDate: '2026-02-13',
  documentsReviewed: [
    { title: 'National security strategy', reference: 'provided by the focal point' },
    { title: 'Civil aviation regulations on remotely piloted aircraft', reference: 'national civil aviation agency' },
    { title: 'Security plan of the 2025 national football championship final' },
  ],
  consultations: [
    { institution: 'Ministry of Security and Civil Protection', sector: 'security', date: '2026-02-09', participants: 8 },
    { institution: 'National Civil Aviation Agency', sector: 'aviation', date: '2026-02-10', participants: 4 },
    { institution: 'Municipality of Lomé', sector: 'local_government', date: '2026-02-11', participants: 5 },
    { institution: 'Interfaith council', sector: 'religious_affairs', date: '2026-02-12', participants: 6 },
  ],
};

export const TOGO_FINDINGS = [
  {
    kind: 'gap' as const,
    thematicArea: 'uas',
    dimension: 'legal',
    phase: 'prevent',
    level: 1,
    title: 'No legal basis for detecting or neutralising drones',
    observation: 'The security forces have no mandate to detect, track or neutralise unmanned aircraft over crowds; the civil aviation rules only cover registration of professional operators.',
    sensitivity: 'restricted' as const,
    frameworkRefs: ['s_res_2370_2017', 'a_res_75_291_op71'],
    evidence: [{ kind: 'interview' as const, reference: 'National Civil Aviation Agency', date: '2026-02-10' }],
    validated: true,
  },
  {
    kind: 'gap' as const,
    thematicArea: 'major_sporting_events',
    dimension: 'institutional',
    phase: 'respond',
    level: 2,
    title: 'No joint command for the security of major events',
    observation: 'Police, gendarmerie, civil protection and organisers plan separately; the 2025 final had no common command post or shared radio channel.',
    sensitivity: 'restricted' as const,
    frameworkRefs: ['s_res_2396_2017'],
    evidence: [{ kind: 'document' as const, reference: 'Security plan of the 2025 national football championship final', date: '2026-02-11' }],
    validated: true,
  },
  {
    kind: 'gap' as const,
    thematicArea: 'urban_centres',
    dimension: 'policy',
    phase: 'prevent',
    level: 2,
    title: 'The national risk assessment does not consider soft targets',
    observation: 'Markets, transport hubs and public squares of Lomé are not assessed as potential targets; no list of sensitive public places exists.',
    sensitivity: 'restricted' as const,
    frameworkRefs: ['s_res_2396_2017', 's_res_2341_2017'],
    evidence: [{ kind: 'interview' as const, reference: 'Ministry of Security and Civil Protection', date: '2026-02-09' }],
    validated: true,
  },
  {
    kind: 'good_practice' as const,
    thematicArea: 'religious_sites',
    dimension: 'institutional',
    phase: 'prevent',
    level: 4,
    title: 'The interfaith council shares security information with the police',
    observation: 'Religious leaders meet the police monthly and have a direct line for suspicious activity around places of worship and during processions.',
    sensitivity: 'public' as const,
    frameworkRefs: ['s_2018_1177_gp50'],
    evidence: [{ kind: 'workshop' as const, reference: 'Interfaith council', date: '2026-02-12' }],
    validated: true,
  },
  {
    kind: 'gap' as const,
    thematicArea: 'uas',
    dimension: 'operational',
    phase: 'protect',
    level: 1,
    title: 'No counter-UAS equipment or procedure at stadiums',
    observation: 'Stadium security has no means to detect drones and no procedure to stop a match or evacuate stands when one appears.',
    sensitivity: 'confidential' as const,
    frameworkRefs: ['a_res_75_291_op73'],
    evidence: [{ kind: 'site_visit' as const, reference: 'National stadium, Lomé', date: '2026-02-11' }],
    validated: false,
  },
];

export const TUNISIA_SCOPING_MISSION = {
  startDate: '2025-10-06',
  endDate: '2025-10-10',
  documentsReviewed: [
    { title: 'National strategy against extremism and terrorism', reference: 'provided by the national counter-terrorism commission' },
    { title: 'Security plan for the Djerba pilgrimage' },
  ],
  consultations: [
    { institution: 'National Counter-Terrorism Commission', sector: 'security', date: '2025-10-06', participants: 7 },
    { institution: 'Ministry of Tourism', sector: 'tourism', date: '2025-10-07', participants: 5 },
    { institution: 'Municipality of Tunis', sector: 'local_government', date: '2025-10-08', participants: 4 },
    { institution: 'Civil Aviation and Airports Office', sector: 'aviation', date: '2025-10-09', participants: 3 },
  ],
};

const tunisiaGap = (thematicArea: string, dimension: string, phase: string, level: number, title: string, observation: string) => ({
  kind: 'gap' as const,
  thematicArea,
  dimension,
  phase,
  level,
  title,
  observation,
  sensitivity: 'restricted' as const,
  frameworkRefs: ['s_res_2396_2017'],
  evidence: [{ kind: 'interview' as const, reference: 'National Counter-Terrorism Commission', date: '2025-10-06' }],
});

/** Tunisia is furthest along: its roadmap is adopted and being implemented. */
export const TUNISIA_FINDINGS = [
  tunisiaGap('urban_centres', 'policy', 'prevent', 2, 'No inventory of crowded public places', 'Municipalities keep no list of markets, squares and transport hubs that draw crowds, so protective measures are not prioritised.'),
  tunisiaGap('touristic_venues', 'operational', 'protect', 3, 'Hotel security staff are not trained to spot hostile reconnaissance', 'Private guards at coastal resorts receive no training on suspicious behaviour and have no channel to report it.'),
  tunisiaGap('religious_sites', 'institutional', 'respond', 2, 'No joint plan for pilgrimages', 'Police, civil protection and organisers of the Djerba pilgrimage plan separately; no common command post exists.'),
  tunisiaGap('uas', 'legal', 'prevent', 1, 'No rules on the registration of drones', 'Small drones are imported and flown without registration; the security forces cannot identify operators.'),
];

export const TUNISIA_PROGRESS: { code: string; status: 'in_progress' | 'completed' | 'delayed'; percent: number; note: string }[] = [
  { code: 'A-01', status: 'completed', percent: 100, note: 'Inventory adopted by the Municipality of Tunis' },
  { code: 'A-02', status: 'in_progress', percent: 40, note: 'Draft decree with the Ministry of Transport' },
  { code: 'A-03', status: 'delayed', percent: 15, note: 'Waiting for the new pilgrimage committee' },
];
