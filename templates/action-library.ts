/**
 * The action library: recommended roadmap actions, keyed by thematic area, dimension, phase and the
 * capacity levels they suit. Written from the programme's source documents (UAS expert group meeting
 * concept note; programme overview: A/RES/75/291 OP 69–74, S/RES/2341, 2370, 2396, the Madrid Guiding
 * Principles addendum GP 50–51). Data, reviewed like code: `POST …/roadmap/recommend` proposes these.
 */

export type LibraryArea = 'urban_centres' | 'touristic_venues' | 'major_sporting_events' | 'religious_sites' | 'uas';
export type LibraryDimension = 'legal' | 'policy' | 'institutional' | 'operational';
export type LibraryPhase = 'prevent' | 'protect' | 'mitigate' | 'investigate' | 'respond' | 'recover';
export type LibraryCourse = 'crisis_management' | 'information_sharing' | 'risk_assessment' | 'investigations';
export type LibraryPartner = 'UNOCT' | 'CTED' | 'UNICRI' | 'UNAOC' | 'INTERPOL';

export interface LibraryAction {
  /** Stable key, recorded on the actions it produced. */
  key: string;
  thematicArea: LibraryArea;
  dimension: LibraryDimension;
  phase: LibraryPhase;
  /** Capacity levels (1–4) this action suits. */
  levels: readonly number[];
  title: string;
  description: string;
  course: LibraryCourse;
  partners: readonly LibraryPartner[];
  indicator: string;
}

/** A library entry's words in one language (the codes, levels and partners are the same in every language). */
export interface LibraryText {
  title: string;
  description: string;
  indicator: string;
}

/** The library in one language, entry by entry (templates/action-library.<lang>.ts). */
export type LibraryTranslations = Readonly<Record<string, LibraryText>>;

type Row = [
  key: string,
  area: LibraryArea,
  dimension: LibraryDimension,
  phase: LibraryPhase,
  levels: readonly number[],
  title: string,
  description: string,
  course: LibraryCourse,
  partners: readonly LibraryPartner[],
  indicator: string,
];

const LOW = [1, 2] as const;
const MID = [2, 3] as const;
const HIGH = [3, 4] as const;
const ANY = [1, 2, 3, 4] as const;

const ROWS: Row[] = [
  // ── UAS ─────────────────────────────────────────────────────────────────────────────────────────
  ['uas-legal-1', 'uas', 'legal', 'prevent', LOW, 'Adopt rules for the registration of drones and their operators',
    'Draft and adopt regulations requiring the registration of unmanned aircraft above a weight threshold and of their operators, with identification of each aircraft, so that a drone over a crowd can be traced to its owner.',
    'risk_assessment', ['UNOCT', 'UNICRI'], 'Registration regulation in force and share of registered drones'],
  ['uas-legal-2', 'uas', 'legal', 'protect', LOW, 'Establish geofencing and no-fly zones over vulnerable targets',
    'Define permanent and temporary flight restrictions over critical infrastructure, religious sites and major events, and require manufacturers and importers to load them into geofencing systems.',
    'risk_assessment', ['UNOCT', 'UNICRI'], 'No-fly zones published and enforced at designated sites'],
  ['uas-legal-3', 'uas', 'legal', 'mitigate', LOW, 'Give competent authorities a legal mandate for counter-UAS measures',
    'Provide a clear legal basis, with safeguards, for designated authorities to detect, track, take over or neutralise drones that threaten vulnerable targets, including rules on radio-frequency interference.',
    'crisis_management', ['UNOCT', 'CTED'], 'Law or decree adopted designating the authorities and the permitted measures'],
  ['uas-legal-4', 'uas', 'legal', 'investigate', MID, 'Criminalise the hostile use of drones and the supply of their components to terrorists',
    'Align criminal law with S/RES/2370 (2017): offences for using drones in attacks or reconnaissance, and for procuring UAS and their components for terrorist groups.',
    'investigations', ['CTED', 'INTERPOL'], 'Offences in force and cases prosecuted'],
  ['uas-policy-1', 'uas', 'policy', 'prevent', LOW, 'Include the UAS threat in the national risk and threat assessment',
    'Assess how drones could be used for surveillance or attack against soft targets, and how authorities could use them lawfully, as part of the national assessment required by S/RES/2396 (2017).',
    'risk_assessment', ['UNOCT', 'CTED', 'UNICRI'], 'National assessment updated with a UAS chapter'],
  ['uas-policy-2', 'uas', 'policy', 'protect', MID, 'Adopt a national counter-UAS strategy',
    'Adopt a strategy that sets roles, detection priorities by type of site and event, procurement principles and cooperation with manufacturers and operators.',
    'crisis_management', ['UNOCT', 'UNICRI'], 'Strategy adopted with an implementation plan'],
  ['uas-policy-3', 'uas', 'policy', 'respond', HIGH, 'Set human rights safeguards for the use of drones by authorities',
    'Adopt rules on necessity, proportionality, data retention and oversight when security forces use drones for crowd management, surveillance or evacuation support.',
    'crisis_management', ['UNOCT', 'UNICRI'], 'Safeguards adopted and published'],
  ['uas-institutional-1', 'uas', 'institutional', 'prevent', LOW, 'Designate a national focal point for the UAS threat',
    'Designate a lead authority that coordinates civil aviation, police, armed forces and intelligence on UAS threats and is the contact for international partners.',
    'information_sharing', ['UNOCT', 'INTERPOL'], 'Focal point designated with terms of reference'],
  ['uas-institutional-2', 'uas', 'institutional', 'protect', MID, 'Build public-private partnerships with drone manufacturers and operators',
    'Set up regular exchange with manufacturers, retailers and professional operators on geofencing, remote identification and the reporting of suspicious purchases.',
    'information_sharing', ['UNOCT', 'UNICRI'], 'Partnership meetings held and reporting channel in use'],
  ['uas-institutional-3', 'uas', 'institutional', 'investigate', MID, 'Share information on UAS incidents with regional and international partners',
    'Report drone incidents and seized components through INTERPOL channels and regional mechanisms to disrupt procurement networks.',
    'information_sharing', ['INTERPOL', 'CTED'], 'Incidents reported through international channels'],
  ['uas-operational-1', 'uas', 'operational', 'protect', LOW, 'Deploy drone detection at major events and critical sites',
    'Plan the deployment of detection and tracking equipment, with trained operators, at stadiums, mass gatherings and designated critical infrastructure.',
    'crisis_management', ['UNOCT', 'UNICRI'], 'Events covered by UAS detection'],
  ['uas-operational-2', 'uas', 'operational', 'respond', LOW, 'Adopt standard operating procedures for drone incidents',
    'Write procedures for responding to an unauthorised drone over a crowd: alert chain, decision to stop an event or evacuate, neutralisation, and locating the pilot.',
    'crisis_management', ['UNOCT'], 'Procedures adopted and exercised'],
  ['uas-operational-3', 'uas', 'operational', 'investigate', MID, 'Train investigators in drone forensics',
    'Train police and forensic staff to recover flight logs, identify the operator and preserve evidence from seized or downed drones.',
    'investigations', ['INTERPOL', 'UNOCT'], 'Investigators trained and forensic kit available'],
  ['uas-operational-4', 'uas', 'operational', 'mitigate', HIGH, 'Use drones lawfully for situational awareness at major events',
    'Equip and train authorities to use drones, within the safeguards, to watch crowd density, support evacuation and guide responders during an incident.',
    'crisis_management', ['UNOCT', 'UNICRI'], 'Events supported by authorised drone operations'],

  // ── Urban centres ──────────────────────────────────────────────────────────────────────────────
  ['urban-legal-1', 'urban_centres', 'legal', 'protect', LOW, 'Define in law the obligations of operators of crowded public places',
    'Set minimum security obligations (risk assessment, security plan, trained staff) for operators of shopping centres, transport hubs and public squares, proportionate to their size.',
    'risk_assessment', ['UNOCT', 'CTED'], 'Regulation adopted and share of designated sites with a security plan'],
  ['urban-legal-2', 'urban_centres', 'legal', 'prevent', MID, 'Regulate the control of vehicle access to pedestrian areas',
    'Give municipalities the power to close streets and install barriers against vehicle attacks in pedestrian areas and during rallies, processions and markets.',
    'risk_assessment', ['UNOCT'], 'Regulation adopted and protected areas designated'],
  ['urban-legal-3', 'urban_centres', 'legal', 'recover', HIGH, 'Provide a legal framework for victims of attacks in public places',
    'Guarantee assistance, compensation and psychological support for victims of terrorist attacks, with a single point of contact.',
    'crisis_management', ['UNOCT'], 'Framework adopted and victims assisted'],
  ['urban-policy-1', 'urban_centres', 'policy', 'prevent', LOW, 'Map and assess the soft targets of the main cities',
    'Draw up a list of crowded places, transport hubs, markets and public squares, and assess their vulnerability with a common method, as required by S/RES/2396 (2017).',
    'risk_assessment', ['UNOCT', 'CTED'], 'Sites mapped and assessed'],
  ['urban-policy-2', 'urban_centres', 'policy', 'protect', MID, 'Integrate protective security into urban planning',
    'Make security by design part of planning permission for new public spaces: stand-off distances, landscaping that stops vehicles, and evacuation routes.',
    'risk_assessment', ['UNOCT'], 'Planning guidance adopted and applied to new projects'],
  ['urban-policy-3', 'urban_centres', 'policy', 'respond', MID, 'Adopt contingency plans for attacks in city centres',
    'Prepare city-level contingency and emergency response plans for terrorist attacks against public places, with clear roles for municipal services and national forces.',
    'crisis_management', ['UNOCT'], 'Contingency plans adopted in the main cities'],
  ['urban-institutional-1', 'urban_centres', 'institutional', 'prevent', LOW, 'Create local security councils with municipalities and businesses',
    'Bring together mayors, police, civil protection, transport operators and shop owners to share information and plan protective measures.',
    'information_sharing', ['UNOCT', 'UNAOC'], 'Councils meeting regularly in the main cities'],
  ['urban-institutional-2', 'urban_centres', 'institutional', 'investigate', MID, 'Set up information sharing between police and private security',
    'Create a channel for private security staff to report suspicious behaviour and for the police to pass threat information to site operators.',
    'information_sharing', ['UNOCT', 'INTERPOL'], 'Reports received through the channel'],
  ['urban-institutional-3', 'urban_centres', 'institutional', 'recover', HIGH, 'Organise joint lessons-learned reviews after incidents',
    'After each incident or exercise, hold a joint review of the response and follow up its recommendations.',
    'crisis_management', ['UNOCT'], 'Reviews held and recommendations implemented'],
  ['urban-operational-1', 'urban_centres', 'operational', 'protect', LOW, 'Train private security staff of crowded places',
    'Train guards and stewards to recognise hostile reconnaissance, search bags, and guide the public during an evacuation.',
    'risk_assessment', ['UNOCT'], 'Staff trained per site'],
  ['urban-operational-2', 'urban_centres', 'operational', 'respond', LOW, 'Exercise the joint response to a mass-casualty attack in a city',
    'Hold a full-scale exercise with police, civil protection, health services and municipal staff, including crisis communication.',
    'crisis_management', ['UNOCT'], 'Exercise held and lessons recorded'],
  ['urban-operational-3', 'urban_centres', 'operational', 'mitigate', MID, 'Install public alert and crisis communication systems',
    'Equip city centres with means to alert the public and give instructions during an attack, and prepare crisis messages to counter rumours.',
    'crisis_management', ['UNOCT', 'UNAOC'], 'Alert system operational and messages prepared'],

  // ── Touristic venues ───────────────────────────────────────────────────────────────────────────
  ['tourism-legal-1', 'touristic_venues', 'legal', 'protect', LOW, 'Set security standards for hotels, beaches and tourist sites',
    'Define minimum security standards, proportionate to size, for hotels, resorts, beaches, museums and heritage sites, and make them part of licensing.',
    'risk_assessment', ['UNOCT', 'CTED'], 'Standards adopted and sites inspected'],
  ['tourism-legal-2', 'touristic_venues', 'legal', 'investigate', MID, 'Enable lawful sharing of traveller information for counter-terrorism',
    'Provide the legal basis and safeguards for collecting and checking advance passenger information and hotel registrations against watch lists.',
    'information_sharing', ['CTED', 'INTERPOL'], 'Legal basis adopted and checks performed'],
  ['tourism-policy-1', 'touristic_venues', 'policy', 'prevent', LOW, 'Assess the threat to tourist sites with the tourism sector',
    'Carry out a joint threat and vulnerability assessment of the main tourist destinations with the tourism ministry and operators.',
    'risk_assessment', ['UNOCT', 'CTED'], 'Assessment completed for the main destinations'],
  ['tourism-policy-2', 'touristic_venues', 'policy', 'recover', MID, 'Prepare a tourism recovery plan after an attack',
    'Plan the support to tourists, their consular authorities and the sector after an attack, including crisis communication to restore confidence.',
    'crisis_management', ['UNOCT', 'UNAOC'], 'Recovery plan adopted'],
  ['tourism-policy-3', 'touristic_venues', 'policy', 'respond', HIGH, 'Agree crisis communication protocols with tour operators and embassies',
    'Agree how authorities, operators and embassies inform tourists and their families during and after an incident.',
    'crisis_management', ['UNOCT', 'UNAOC'], 'Protocol agreed and tested'],
  ['tourism-institutional-1', 'touristic_venues', 'institutional', 'prevent', LOW, 'Create a tourist police or dedicated security unit',
    'Establish a unit trained to protect tourist areas, liaise with operators and assist foreign visitors.',
    'information_sharing', ['UNOCT'], 'Unit established and deployed at the main sites'],
  ['tourism-institutional-2', 'touristic_venues', 'institutional', 'protect', MID, 'Build a public-private security partnership with the tourism sector',
    'Set up a standing forum of authorities, hotel associations and tour operators to share threat information and good practices.',
    'information_sharing', ['UNOCT', 'UNAOC'], 'Forum meeting and information shared'],
  ['tourism-operational-1', 'touristic_venues', 'operational', 'protect', LOW, 'Train hotel and site staff in threat awareness and evacuation',
    'Train reception, security and guide staff to spot hostile reconnaissance, react to an attack and evacuate guests.',
    'risk_assessment', ['UNOCT'], 'Staff trained per site'],
  ['tourism-operational-2', 'touristic_venues', 'operational', 'respond', MID, 'Exercise the response to an attack on a tourist site',
    'Hold an exercise with police, health services, the site operator and consular services, including the handling of foreign victims.',
    'crisis_management', ['UNOCT'], 'Exercise held and lessons recorded'],
  ['tourism-operational-3', 'touristic_venues', 'operational', 'mitigate', HIGH, 'Protect tourist sites with physical measures and access control',
    'Install vehicle barriers, screening at entrances and protected evacuation routes at the most exposed sites.',
    'risk_assessment', ['UNOCT'], 'Sites equipped'],

  // ── Major sporting events ──────────────────────────────────────────────────────────────────────
  ['events-legal-1', 'major_sporting_events', 'legal', 'protect', LOW, 'Adopt a legal framework for the security of major events',
    'Define the responsibilities of organisers, venues and public authorities, security perimeters and the powers to screen spectators.',
    'crisis_management', ['UNOCT', 'CTED'], 'Framework adopted before the next major event'],
  ['events-legal-2', 'major_sporting_events', 'legal', 'prevent', MID, 'Regulate accreditation and background checks for event staff',
    'Require accreditation and checks for stewards, contractors and volunteers with access to venues.',
    'information_sharing', ['UNOCT', 'INTERPOL'], 'Staff accredited and checked'],
  ['events-policy-1', 'major_sporting_events', 'policy', 'prevent', LOW, 'Carry out a threat assessment for each major event',
    'Assess threats, including from drones and vehicles, for each major event and the fan zones around it, and update it until the event.',
    'risk_assessment', ['UNOCT', 'UNICRI'], 'Assessment produced for each major event'],
  ['events-policy-2', 'major_sporting_events', 'policy', 'respond', LOW, 'Adopt an integrated security plan for major events',
    'Adopt one plan that covers venues, fan zones, transport and the city, with contingency plans for attacks and crowd incidents.',
    'crisis_management', ['UNOCT'], 'Integrated plan adopted and tested'],
  ['events-policy-3', 'major_sporting_events', 'policy', 'recover', HIGH, 'Plan the continuity and resumption of events after an incident',
    'Decide in advance how an event is suspended, resumed or relocated, and how spectators are informed.',
    'crisis_management', ['UNOCT'], 'Continuity arrangements adopted'],
  ['events-institutional-1', 'major_sporting_events', 'institutional', 'respond', LOW, 'Set up a joint command for the security of major events',
    'Create a single command with police, gendarmerie, civil protection, health services, the organiser and the venue, with a common command post and radio network.',
    'crisis_management', ['UNOCT'], 'Joint command operating for the next major event'],
  ['events-institutional-2', 'major_sporting_events', 'institutional', 'prevent', MID, 'Cooperate internationally on major event security',
    'Use INTERPOL and regional cooperation for information on travelling supporters, foreign threats and lessons from other events.',
    'information_sharing', ['INTERPOL', 'UNOCT'], 'Cooperation arrangements in place'],
  ['events-institutional-3', 'major_sporting_events', 'institutional', 'protect', HIGH, 'Involve organisers and sponsors in a security partnership',
    'Agree with organisers, clubs and sponsors on funding, stewarding standards and the sharing of security information.',
    'information_sharing', ['UNOCT'], 'Partnership agreement signed'],
  ['events-operational-1', 'major_sporting_events', 'operational', 'protect', LOW, 'Train stewards and venue staff in screening and crowd management',
    'Train stewards to screen spectators, manage crowds, detect suspicious behaviour and evacuate stands.',
    'crisis_management', ['UNOCT'], 'Stewards trained per venue'],
  ['events-operational-2', 'major_sporting_events', 'operational', 'mitigate', MID, 'Protect fan zones and the last mile around venues',
    'Secure fan zones and approaches with vehicle barriers, screening and surveillance, and plan their evacuation.',
    'risk_assessment', ['UNOCT'], 'Fan zones protected at the next major event'],
  ['events-operational-3', 'major_sporting_events', 'operational', 'respond', MID, 'Exercise the response to an attack during a major event',
    'Hold a tabletop and a live exercise of an attack at a venue, including a drone scenario and crisis communication.',
    'crisis_management', ['UNOCT', 'UNICRI'], 'Exercises held before the event'],
  ['events-operational-4', 'major_sporting_events', 'operational', 'investigate', HIGH, 'Prepare post-incident investigation at venues',
    'Plan evidence preservation, victim identification and CCTV collection at venues so that investigators can act at once.',
    'investigations', ['INTERPOL', 'UNOCT'], 'Procedures adopted and investigators briefed'],

  // ── Religious sites ────────────────────────────────────────────────────────────────────────────
  ['religious-legal-1', 'religious_sites', 'legal', 'protect', LOW, 'Provide a legal basis for protecting places of worship',
    'Allow authorities to secure places of worship and religious gatherings, in agreement with religious communities, and to fund protective measures.',
    'risk_assessment', ['UNOCT', 'UNAOC'], 'Legal basis adopted'],
  ['religious-legal-2', 'religious_sites', 'legal', 'investigate', MID, 'Strengthen the prosecution of attacks and threats against religious sites',
    'Make sure criminal law covers attacks, threats and incitement against places of worship, and record them as a separate category.',
    'investigations', ['CTED', 'UNAOC'], 'Offences recorded and prosecuted'],
  ['religious-policy-1', 'religious_sites', 'policy', 'prevent', LOW, 'Assess the vulnerability of places of worship and religious gatherings',
    'With religious communities, assess the vulnerability of major places of worship, pilgrimages, processions and festivals.',
    'risk_assessment', ['UNOCT', 'UNAOC'], 'Sites and gatherings assessed'],
  ['religious-policy-2', 'religious_sites', 'policy', 'prevent', MID, 'Include interfaith dialogue in prevention policy',
    'Support interfaith initiatives that counter hate speech and incitement against religious communities, with UNAOC.',
    'information_sharing', ['UNAOC', 'UNOCT'], 'Initiatives supported'],
  ['religious-policy-3', 'religious_sites', 'policy', 'recover', HIGH, 'Plan support to communities after an attack on a religious site',
    'Plan psychological support, protection of the community and the restoration of the site after an attack.',
    'crisis_management', ['UNAOC', 'UNOCT'], 'Support plan adopted'],
  ['religious-institutional-1', 'religious_sites', 'institutional', 'prevent', LOW, 'Set up a liaison between religious leaders and security services',
    'Create a standing liaison so that religious leaders can report threats and the police can advise on protective measures.',
    'information_sharing', ['UNAOC', 'UNOCT'], 'Liaison officers designated and meetings held'],
  ['religious-institutional-2', 'religious_sites', 'institutional', 'protect', HIGH, 'Extend the security partnership with religious communities to all regions',
    'Build on existing cooperation to cover places of worship across the country, with regular joint reviews.',
    'information_sharing', ['UNAOC', 'UNOCT'], 'Regions covered by the partnership'],
  ['religious-operational-1', 'religious_sites', 'operational', 'protect', LOW, 'Train volunteers and guards of places of worship',
    'Train those who welcome the faithful to recognise suspicious behaviour, control access during services and evacuate.',
    'risk_assessment', ['UNOCT', 'UNAOC'], 'Volunteers trained per site'],
  ['religious-operational-2', 'religious_sites', 'operational', 'respond', MID, 'Plan the security of pilgrimages and processions',
    'Plan routes, protection against vehicles and drones, and medical and evacuation arrangements for large religious gatherings.',
    'crisis_management', ['UNOCT'], 'Security plans for the main gatherings'],
  ['religious-operational-3', 'religious_sites', 'operational', 'mitigate', MID, 'Install protective measures at the most exposed places of worship',
    'Install barriers, lighting, cameras and alarm systems at the most exposed sites, respecting their religious character.',
    'risk_assessment', ['UNOCT'], 'Sites equipped'],

  // ── Cross-cutting capacities found in every area ───────────────────────────────────────────────
  ['urban-institutional-4', 'urban_centres', 'institutional', 'protect', ANY, 'Establish a national coordination mechanism for the protection of vulnerable targets',
    'Create a mechanism that brings together ministries, municipalities and private operators to set priorities and follow the roadmap, as encouraged by A/RES/75/291 OP 71.',
    'information_sharing', ['UNOCT', 'CTED'], 'Mechanism established and meeting regularly'],
  ['tourism-legal-3', 'touristic_venues', 'legal', 'mitigate', ANY, 'Require emergency plans for large hotels and resorts',
    'Make emergency and evacuation plans, tested yearly, a condition of the licence of large hotels and resorts.',
    'crisis_management', ['UNOCT'], 'Plans filed and tested'],
  ['events-legal-3', 'major_sporting_events', 'legal', 'mitigate', ANY, 'Regulate drones and restricted airspace around major events',
    'Create temporary flight restrictions over venues and fan zones and empower authorities to enforce them during events.',
    'crisis_management', ['UNOCT', 'UNICRI'], 'Restrictions in place for each major event'],
  ['religious-policy-4', 'religious_sites', 'policy', 'protect', ANY, 'Adopt a national plan for the protection of religious sites',
    'Adopt a plan, agreed with religious communities, that sets priorities, funding and responsibilities for protecting places of worship.',
    'risk_assessment', ['UNOCT', 'UNAOC'], 'Plan adopted'],
  ['uas-policy-4', 'uas', 'policy', 'recover', ANY, 'Learn from drone incidents at home and abroad',
    'Collect lessons from drone incidents and attacks, at home and in other countries, and update assessments, rules and procedures.',
    'information_sharing', ['UNICRI', 'INTERPOL'], 'Lessons reviewed yearly and measures updated'],
];

export const ACTION_LIBRARY: readonly LibraryAction[] = ROWS.map(
  ([key, thematicArea, dimension, phase, levels, title, description, course, partners, indicator]) => ({
    key,
    thematicArea,
    dimension,
    phase,
    levels,
    title,
    description,
    course,
    partners,
    indicator,
  }),
);
