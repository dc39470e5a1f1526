/**
 * Reference catalogs of the Global Programme, taken from the programme's source documents
 * (shared/seeds: programme overview slides and the UAS expert group meeting concept note).
 * Codes are stable identifiers stored in the database; names and texts are for people.
 */

export interface CatalogEntry<Code extends string = string> {
  code: Code;
  name: string;
  description: string;
}

export const THEMATIC_AREAS = [
  { code: 'urban_centres', name: 'Urban centres', description: 'Open, crowded public spaces of cities: squares, markets, transport hubs, rallies, processions and convoys.' },
  { code: 'touristic_venues', name: 'Touristic venues', description: 'Tourist sites, hotels, beaches, museums and cultural heritage sites open to large numbers of visitors.' },
  { code: 'major_sporting_events', name: 'Major sporting events', description: 'Stadiums, fan zones and the surrounding public spaces of major sporting and cultural events.' },
  { code: 'religious_sites', name: 'Religious sites', description: 'Places of worship and religious gatherings, pilgrimages and ceremonies.' },
  { code: 'uas', name: 'Countering the threat posed by UAS', description: 'Unmanned aircraft systems (drones): threats to vulnerable targets, and their lawful, human rights-compliant use by authorities to protect them.' },
] as const satisfies readonly CatalogEntry[];

export type ThematicArea = (typeof THEMATIC_AREAS)[number]['code'];
export const THEMATIC_AREA_CODES = THEMATIC_AREAS.map<ThematicArea>((area) => area.code);

/** Findings and actions may also concern every area at once. */
export const CROSS_CUTTING = 'cross_cutting';

export const DIMENSIONS = [
  { code: 'legal', name: 'Legal', description: 'Laws and regulations, including UAS registration, flight restrictions and the powers of authorities.' },
  { code: 'policy', name: 'Policy', description: 'Strategies, plans and national risk and threat assessments that consider vulnerable targets.' },
  { code: 'institutional', name: 'Institutional', description: 'Mandates, coordination mechanisms, public-private partnerships and information sharing between institutions.' },
  { code: 'operational', name: 'Operational', description: 'Procedures, equipment, training and exercises of the services that protect and respond.' },
] as const satisfies readonly CatalogEntry[];

export type Dimension = (typeof DIMENSIONS)[number]['code'];

/** The six phases named by S/RES/2396 (2017) and A/RES/75/291 OP 73. */
export const PHASES = [
  { code: 'prevent', name: 'Prevent', description: 'Stop attacks against vulnerable targets from being planned or carried out.' },
  { code: 'protect', name: 'Protect', description: 'Reduce the vulnerability of sites, events and crowds.' },
  { code: 'mitigate', name: 'Mitigate', description: 'Limit the consequences of an attack as it unfolds.' },
  { code: 'investigate', name: 'Investigate', description: 'Establish the facts, collect evidence and bring perpetrators to justice.' },
  { code: 'respond', name: 'Respond', description: 'Contingency and emergency response, crisis management and crisis communication.' },
  { code: 'recover', name: 'Recover', description: 'Restore services and public life, and learn lessons for resilience.' },
] as const satisfies readonly CatalogEntry[];

export type Phase = (typeof PHASES)[number]['code'];

export const CAPACITY_LEVELS = [
  { level: 1, code: 'none', name: 'None', description: 'No capacity exists.' },
  { level: 2, code: 'limited', name: 'Limited', description: 'Some capacity exists but is fragmentary or informal.' },
  { level: 3, code: 'developed', name: 'Developed', description: 'Capacity is in place but not yet tested in practice.' },
  { level: 4, code: 'demonstrated', name: 'Demonstrated', description: 'Capacity has been shown to work in exercises or real events.' },
  { level: 5, code: 'sustainable', name: 'Sustainable', description: 'Capacity is institutionalised, resourced and regularly reviewed.' },
] as const;

export type CapacityLevel = (typeof CAPACITY_LEVELS)[number]['level'];

export interface FrameworkInstrument {
  code: string;
  symbol: string;
  title: string;
  issuedBy: string;
  year: number;
  /** The instrument's own words, where the programme's source documents quote them. */
  text?: string;
  /** What the instrument asks of States, as the programme's source documents put it. */
  summary: string;
}

export const FRAMEWORK_INSTRUMENTS: readonly FrameworkInstrument[] = [
  {
    code: 'a_res_60_288',
    symbol: 'A/RES/60/288',
    title: 'The United Nations Global Counter-Terrorism Strategy',
    issuedBy: 'United Nations General Assembly',
    year: 2006,
    summary: 'Calls on Member States to improve the security and protection of particularly vulnerable targets, such as infrastructure and public places.',
    text: 'To step up all efforts to improve the security and protection of particularly vulnerable targets, such as infrastructure and public places.',
  },
  {
    code: 'a_res_75_291_op69',
    symbol: 'A/RES/75/291, OP 69',
    title: 'The United Nations Global Counter-Terrorism Strategy: seventh review, operative paragraph 69',
    issuedBy: 'United Nations General Assembly',
    year: 2021,
    summary: 'Condemns terrorist acts against critical infrastructure and other vulnerable targets and urges States to prevent and counter them.',
    text: "Strongly condemns all terrorist acts against critical infrastructure, including critical energy facilities, and against other vulnerable targets, and urges all Member States to take all necessary measures to prevent such attacks, as well as their possible radiological, radioactive and environmental consequences, and to counter such terrorist acts, including the prosecution of perpetrators;",
  },
  {
    code: 'a_res_75_291_op71',
    symbol: 'A/RES/75/291, OP 71',
    title: 'The United Nations Global Counter-Terrorism Strategy: seventh review, operative paragraph 71',
    issuedBy: 'United Nations General Assembly',
    year: 2021,
    summary: 'Calls on States to protect particularly vulnerable targets, including religious sites, tourist sites, urban centres and sport events, and to develop strategies for reducing risks to critical infrastructure.',
    text: "Calls upon Member States to strengthen efforts to improve the security and protection of particularly vulnerable targets, including religious sites, educational institutions, tourist sites, urban centres, cultural and sport events, transport hubs, rallies, processions and convoys, as well as to enhance their resilience to terrorist attacks, in particular in the area of civil protection, and encourages Member States to consider developing or further improving their strategies for reducing risks to critical infrastructure from terrorist attacks, which should include, inter alia, assessing and raising awareness of the relevant risks, taking preparedness measures, including effective responses to such attacks, as well as promoting better interoperability in security and consequence management and facilitating the effective interaction of all stakeholders involved;",
  },
  {
    code: 'a_res_75_291_op73',
    symbol: 'A/RES/75/291, OP 73',
    title: 'The United Nations Global Counter-Terrorism Strategy: seventh review, operative paragraph 73',
    issuedBy: 'United Nations General Assembly',
    year: 2021,
    summary: 'Calls on States to build public-private partnerships and share information to prevent, protect against, mitigate, investigate, respond to and recover from attacks, and on Compact entities to provide capacity-building.',
    text: "Further calls upon Member States to establish or strengthen national, regional and international partnerships with stakeholders, both public and private, as appropriate, to share information and experience in order to prevent, protect against, mitigate, investigate, respond to and recover from terrorist attacks, and emphasizes the need for States able to do so to assist in the delivery of effective and targeted capacity development, training and other necessary resources, and technical assistance, where it is needed, to enable all States to develop appropriate capacity to implement contingency and response plans with regard to attacks on critical infrastructure and public places (\"soft\" targets), and calls upon Global Counter-Terrorism Coordination Compact entities to continue providing capacity-building support to requesting Member States for the resilience of vulnerable targets;",
  },
  {
    code: 'a_res_75_291_op74',
    symbol: 'A/RES/75/291, OP 74',
    title: 'The United Nations Global Counter-Terrorism Strategy: seventh review, operative paragraph 74',
    issuedBy: 'United Nations General Assembly',
    year: 2021,
    summary: 'Encourages UNOCT and Compact entities to identify and share best practices with States and recognizes the importance of public-private partnerships.',
    text: "Encourages the Office of Counter-Terrorism and the Global Counter-Terrorism Coordination Compact entities to work closely with Member States and relevant international, regional and subregional organizations to identify and share best practices to prevent terrorist attacks on particularly vulnerable targets, including critical infrastructure and public places (\"soft\" targets), and recognizes the importance of developing public-private partnerships in this area",
  },
  {
    code: 's_res_2341_2017',
    symbol: 'S/RES/2341 (2017)',
    title: 'Security Council resolution 2341 (2017) on the protection of critical infrastructure against terrorist attacks',
    issuedBy: 'United Nations Security Council',
    year: 2017,
    summary: 'Encourages all States to make concerted and coordinated efforts, including through international cooperation, to raise awareness and expand knowledge of challenges posed by terrorist attacks against critical infrastructure.',
  },
  {
    code: 's_res_2370_2017',
    symbol: 'S/RES/2370 (2017)',
    title: 'Security Council resolution 2370 (2017) on preventing terrorists from acquiring weapons',
    issuedBy: 'United Nations Security Council',
    year: 2017,
    summary: 'Strongly condemns the continued flow of weapons, including small arms and light weapons, military equipment, UAS and their components, and improvised explosive device components to and between ISIL (Da\'esh), Al-Qaida, their affiliates and associated groups, illegal armed groups and criminals, and encourages States to prevent and disrupt their procurement networks for such weapons, systems and components.',
  },
  {
    code: 's_res_2396_2017',
    symbol: 'S/RES/2396 (2017)',
    title: 'Security Council resolution 2396 (2017) on foreign terrorist fighters',
    issuedBy: 'United Nations Security Council',
    year: 2017,
    summary: 'Stresses the need for Member States to develop, review or amend national risk and threat assessments to consider soft targets, to develop appropriate contingency and emergency response plans for terrorist attacks, and to establish or strengthen national, regional and international partnerships with public and private actors to share information and experience in order to prevent, protect, mitigate, investigate, respond to and recover from terrorist attacks against vulnerable targets.',
  },
  {
    code: 's_2018_1177_gp50',
    symbol: 'S/2018/1177, Guiding Principle 50',
    title: 'Addendum to the 2015 Madrid Guiding Principles (2018), Guiding Principle 50',
    issuedBy: 'Security Council Counter-Terrorism Committee',
    year: 2018,
    summary: 'Good practice on the protection of vulnerable targets: Member States bear the primary responsibility for protecting critical infrastructure and vulnerable targets, and should increase cooperation between States and with the private companies that own, operate and manage them.',
  },
  {
    code: 's_2018_1177_gp51',
    symbol: 'S/2018/1177, Guiding Principle 51',
    title: 'Addendum to the 2015 Madrid Guiding Principles (2018), Guiding Principle 51',
    issuedBy: 'Security Council Counter-Terrorism Committee',
    year: 2018,
    summary: 'Good practice on the protection of vulnerable targets: public-private partnerships and information sharing to address the security needs of soft targets and critical infrastructure.',
  },
  {
    code: 'ci_compendium_2018',
    symbol: 'Compendium of good practices (2018)',
    title: 'The protection of critical infrastructures against terrorist attacks: Compendium of good practices',
    issuedBy: 'CTED, UNOCT and INTERPOL',
    year: 2018,
    summary: 'Good practices for States on protecting critical infrastructure against terrorist attacks, extended by the programme with modular addenda on religious sites, urban centres and touristic venues, and UAS.',
  },
  {
    code: 'gctf_antalya_2017',
    symbol: 'GCTF Antalya Memorandum (2017)',
    title: 'Antalya Memorandum on the Protection of Soft Targets in a Counterterrorism Context',
    issuedBy: 'Global Counterterrorism Forum',
    year: 2017,
    summary: 'Good practices on the protection of soft targets in a counterterrorism context.',
  },
];

/** Operational training courses the programme delivers (programme overview, activity 3). */
export const TRAINING_COURSES = [
  { code: 'crisis_management', name: 'Crisis management', description: 'Contingency planning, command and coordination, and crisis communication during an attack on a vulnerable target.' },
  { code: 'information_sharing', name: 'Information sharing', description: 'Sharing threat information between agencies, with other States and with private operators of vulnerable targets.' },
  { code: 'risk_assessment', name: 'Risk assessment', description: 'Assessing threats, vulnerabilities and consequences for soft targets, critical infrastructure and UAS.' },
  { code: 'investigations', name: 'Investigations', description: 'Investigating attacks and plots against vulnerable targets, including those involving UAS, and preserving evidence.' },
] as const satisfies readonly CatalogEntry[];

export type TrainingCourse = (typeof TRAINING_COURSES)[number]['code'];

export const PARTNERS = [
  { code: 'UNOCT', name: 'United Nations Office of Counter-Terrorism', description: 'Leads the Global Programme.' },
  { code: 'CTED', name: 'Counter-Terrorism Committee Executive Directorate', description: 'Partner of the Global Programme.' },
  { code: 'UNICRI', name: 'United Nations Interregional Crime and Justice Research Institute', description: 'Partner of the Global Programme.' },
  { code: 'UNAOC', name: 'United Nations Alliance of Civilizations', description: 'Partner of the Global Programme.' },
  { code: 'INTERPOL', name: 'International Criminal Police Organization', description: 'Consulted by the Global Programme.' },
] as const satisfies readonly CatalogEntry[];

export type Partner = (typeof PARTNERS)[number]['code'];

/** Languages in which roadmaps are produced. */
export const LANGUAGES = [
  { code: 'en', name: 'English', description: 'Left to right.' },
  { code: 'fr', name: 'French', description: 'Left to right.' },
  { code: 'ru', name: 'Russian', description: 'Left to right.' },
  { code: 'ar', name: 'Arabic', description: 'Right to left.' },
] as const satisfies readonly CatalogEntry[];

export type Language = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES = LANGUAGES.map<Language>((language) => language.code);
