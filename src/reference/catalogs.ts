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

/** Languages other than English in which the programme holds its own wording of the reference texts. */
export type TranslatedLanguage = 'fr' | 'ru';

/** An instrument's title, issuing body and summary in one language. */
export interface InstrumentWording {
  /** How the language cites it, where the English symbol has words in it ("OP 69", "Guiding Principle 50"). */
  symbol?: string;
  title: string;
  issuedBy: string;
  /** What the instrument asks of States, as the programme's source documents put it. */
  summary: string;
}

export interface FrameworkInstrument extends InstrumentWording {
  code: string;
  symbol: string;
  year: number;
  /**
   * The instrument's own words, where the programme's source documents quote them. English only: a translation of
   * ours would not be the official text, so other editions cite the title and summary instead.
   */
  text?: string;
  /**
   * Titles are the official ones of the UN documents in that language (UN documents are issued in all six official
   * languages); issuing bodies as the UN names them there; summaries are the programme's own translation.
   */
  translations: Record<TranslatedLanguage, InstrumentWording>;
}

/** The programme's words for an instrument in one language: what a document in that language may print. */
export interface LocalizedInstrument extends InstrumentWording {
  code: string;
  symbol: string;
  year: number;
  /** Present only in English (see `FrameworkInstrument.text`). */
  text?: string;
}

// French typography (Imprimerie nationale, as in UN French documents): a no-break space (U+00A0) before ":" and a
// narrow no-break space (U+202F) before ";", "?" and "!", written as escapes so that they stay visible in review.
const GENERAL_ASSEMBLY = {
  en: 'United Nations General Assembly',
  fr: 'Assemblée générale des Nations Unies',
  ru: 'Генеральная Ассамблея Организации Объединенных Наций',
} as const;
const SECURITY_COUNCIL = {
  en: 'United Nations Security Council',
  fr: 'Conseil de sécurité des Nations Unies',
  ru: 'Совет Безопасности Организации Объединенных Наций',
} as const;
const COUNTER_TERRORISM_COMMITTEE = {
  en: 'Security Council Counter-Terrorism Committee',
  fr: 'Comité contre le terrorisme du Conseil de sécurité',
  ru: 'Контртеррористический комитет Совета Безопасности',
} as const;

// A/RES/75/291 is titled "Septième examen de la Stratégie antiterroriste mondiale de l'Organisation des Nations Unies"
// in French and "Седьмой обзор Глобальной контртеррористической стратегии Организации Объединенных Наций" in Russian;
// a paragraph is cited as "paragraphe N du dispositif" / "пункт N постановляющей части".
const SEVENTH_REVIEW = {
  fr: 'Septième examen de la Stratégie antiterroriste mondiale de l’Organisation des Nations Unies',
  ru: 'Седьмой обзор Глобальной контртеррористической стратегии Организации Объединенных Наций',
} as const;

export const FRAMEWORK_INSTRUMENTS: readonly FrameworkInstrument[] = [
  {
    code: 'a_res_60_288',
    symbol: 'A/RES/60/288',
    title: 'The United Nations Global Counter-Terrorism Strategy',
    issuedBy: GENERAL_ASSEMBLY.en,
    year: 2006,
    summary: 'Calls on Member States to improve the security and protection of particularly vulnerable targets, such as infrastructure and public places.',
    text: 'To step up all efforts to improve the security and protection of particularly vulnerable targets, such as infrastructure and public places.',
    translations: {
      fr: {
        title: 'La Stratégie antiterroriste mondiale de l’Organisation des Nations Unies',
        issuedBy: GENERAL_ASSEMBLY.fr,
        summary: 'Demande aux États Membres d’améliorer la sécurité et la protection des cibles particulièrement vulnérables, comme les infrastructures et les lieux publics.',
      },
      ru: {
        title: 'Глобальная контртеррористическая стратегия Организации Объединенных Наций',
        issuedBy: GENERAL_ASSEMBLY.ru,
        summary: 'Призывает государства-члены повысить безопасность и защищенность особо уязвимых объектов, таких как объекты инфраструктуры и общественные места.',
      },
    },
  },
  {
    code: 'a_res_75_291_op69',
    symbol: 'A/RES/75/291, OP 69',
    title: 'The United Nations Global Counter-Terrorism Strategy: seventh review, operative paragraph 69',
    issuedBy: GENERAL_ASSEMBLY.en,
    year: 2021,
    summary: 'Condemns terrorist acts against critical infrastructure and other vulnerable targets and urges States to prevent and counter them.',
    text: "Strongly condemns all terrorist acts against critical infrastructure, including critical energy facilities, and against other vulnerable targets, and urges all Member States to take all necessary measures to prevent such attacks, as well as their possible radiological, radioactive and environmental consequences, and to counter such terrorist acts, including the prosecution of perpetrators;",
    translations: {
      fr: {
        symbol: 'A/RES/75/291, par. 69',
        title: `${SEVENTH_REVIEW.fr}, paragraphe 69 du dispositif`,
        issuedBy: GENERAL_ASSEMBLY.fr,
        summary: 'Condamne les actes terroristes visant les infrastructures critiques et d’autres cibles vulnérables, et exhorte les États à les prévenir et à les combattre.',
      },
      ru: {
        symbol: 'A/RES/75/291, п. 69',
        title: `${SEVENTH_REVIEW.ru}, пункт 69 постановляющей части`,
        issuedBy: GENERAL_ASSEMBLY.ru,
        summary: 'Осуждает террористические акты против критически важных объектов инфраструктуры и других уязвимых объектов и настоятельно призывает государства предотвращать такие акты и противодействовать им.',
      },
    },
  },
  {
    code: 'a_res_75_291_op71',
    symbol: 'A/RES/75/291, OP 71',
    title: 'The United Nations Global Counter-Terrorism Strategy: seventh review, operative paragraph 71',
    issuedBy: GENERAL_ASSEMBLY.en,
    year: 2021,
    summary: 'Calls on States to protect particularly vulnerable targets, including religious sites, tourist sites, urban centres and sport events, and to develop strategies for reducing risks to critical infrastructure.',
    text: "Calls upon Member States to strengthen efforts to improve the security and protection of particularly vulnerable targets, including religious sites, educational institutions, tourist sites, urban centres, cultural and sport events, transport hubs, rallies, processions and convoys, as well as to enhance their resilience to terrorist attacks, in particular in the area of civil protection, and encourages Member States to consider developing or further improving their strategies for reducing risks to critical infrastructure from terrorist attacks, which should include, inter alia, assessing and raising awareness of the relevant risks, taking preparedness measures, including effective responses to such attacks, as well as promoting better interoperability in security and consequence management and facilitating the effective interaction of all stakeholders involved;",
    translations: {
      fr: {
        symbol: 'A/RES/75/291, par. 71',
        title: `${SEVENTH_REVIEW.fr}, paragraphe 71 du dispositif`,
        issuedBy: GENERAL_ASSEMBLY.fr,
        summary: 'Demande aux États de protéger les cibles particulièrement vulnérables, notamment les sites religieux, les sites touristiques, les centres urbains et les manifestations sportives, et d’élaborer des stratégies de réduction des risques que les attaques terroristes font peser sur les infrastructures critiques.',
      },
      ru: {
        symbol: 'A/RES/75/291, п. 71',
        title: `${SEVENTH_REVIEW.ru}, пункт 71 постановляющей части`,
        issuedBy: GENERAL_ASSEMBLY.ru,
        summary: 'Призывает государства защищать особо уязвимые объекты, включая религиозные объекты, туристические объекты, городские центры и спортивные мероприятия, и разрабатывать стратегии снижения рисков террористических нападений на критически важные объекты инфраструктуры.',
      },
    },
  },
  {
    code: 'a_res_75_291_op73',
    symbol: 'A/RES/75/291, OP 73',
    title: 'The United Nations Global Counter-Terrorism Strategy: seventh review, operative paragraph 73',
    issuedBy: GENERAL_ASSEMBLY.en,
    year: 2021,
    summary: 'Calls on States to build public-private partnerships and share information to prevent, protect against, mitigate, investigate, respond to and recover from attacks, and on Compact entities to provide capacity-building.',
    text: "Further calls upon Member States to establish or strengthen national, regional and international partnerships with stakeholders, both public and private, as appropriate, to share information and experience in order to prevent, protect against, mitigate, investigate, respond to and recover from terrorist attacks, and emphasizes the need for States able to do so to assist in the delivery of effective and targeted capacity development, training and other necessary resources, and technical assistance, where it is needed, to enable all States to develop appropriate capacity to implement contingency and response plans with regard to attacks on critical infrastructure and public places (\"soft\" targets), and calls upon Global Counter-Terrorism Coordination Compact entities to continue providing capacity-building support to requesting Member States for the resilience of vulnerable targets;",
    translations: {
      fr: {
        symbol: 'A/RES/75/291, par. 73',
        title: `${SEVENTH_REVIEW.fr}, paragraphe 73 du dispositif`,
        issuedBy: GENERAL_ASSEMBLY.fr,
        summary: 'Demande aux États de nouer des partenariats public-privé et de mettre en commun leurs informations afin de prévenir les attaques, de s’en protéger, d’en atténuer les effets, d’enquêter, d’intervenir et d’assurer le relèvement, et aux entités du Pacte mondial de coordination contre le terrorisme d’apporter un appui au renforcement des capacités.',
      },
      ru: {
        symbol: 'A/RES/75/291, п. 73',
        title: `${SEVENTH_REVIEW.ru}, пункт 73 постановляющей части`,
        issuedBy: GENERAL_ASSEMBLY.ru,
        summary: 'Призывает государства создавать партнерства между государственным и частным секторами и обмениваться информацией в целях предотвращения нападений, защиты от них, смягчения их последствий, их расследования, реагирования на них и восстановления после них, а структуры Глобального договора о координации контртеррористической деятельности — оказывать помощь в наращивании потенциала.',
      },
    },
  },
  {
    code: 'a_res_75_291_op74',
    symbol: 'A/RES/75/291, OP 74',
    title: 'The United Nations Global Counter-Terrorism Strategy: seventh review, operative paragraph 74',
    issuedBy: GENERAL_ASSEMBLY.en,
    year: 2021,
    summary: 'Encourages UNOCT and Compact entities to identify and share best practices with States and recognizes the importance of public-private partnerships.',
    text: "Encourages the Office of Counter-Terrorism and the Global Counter-Terrorism Coordination Compact entities to work closely with Member States and relevant international, regional and subregional organizations to identify and share best practices to prevent terrorist attacks on particularly vulnerable targets, including critical infrastructure and public places (\"soft\" targets), and recognizes the importance of developing public-private partnerships in this area",
    translations: {
      fr: {
        symbol: 'A/RES/75/291, par. 74',
        title: `${SEVENTH_REVIEW.fr}, paragraphe 74 du dispositif`,
        issuedBy: GENERAL_ASSEMBLY.fr,
        summary: 'Encourage le Bureau de lutte contre le terrorisme et les entités du Pacte mondial de coordination contre le terrorisme à recenser les bonnes pratiques et à les partager avec les États, et reconnaît l’importance des partenariats public-privé.',
      },
      ru: {
        symbol: 'A/RES/75/291, п. 74',
        title: `${SEVENTH_REVIEW.ru}, пункт 74 постановляющей части`,
        issuedBy: GENERAL_ASSEMBLY.ru,
        summary: 'Призывает Контртеррористическое управление и структуры Глобального договора о координации контртеррористической деятельности выявлять передовую практику и обмениваться ею с государствами и признает важность партнерств между государственным и частным секторами.',
      },
    },
  },
  {
    code: 's_res_2341_2017',
    symbol: 'S/RES/2341 (2017)',
    title: 'Security Council resolution 2341 (2017) on the protection of critical infrastructure against terrorist attacks',
    issuedBy: SECURITY_COUNCIL.en,
    year: 2017,
    summary: 'Encourages all States to make concerted and coordinated efforts, including through international cooperation, to raise awareness and expand knowledge of challenges posed by terrorist attacks against critical infrastructure.',
    translations: {
      fr: {
        title: 'Résolution 2341 (2017) du Conseil de sécurité sur la protection des infrastructures critiques contre les attaques terroristes',
        issuedBy: SECURITY_COUNCIL.fr,
        summary: 'Engage tous les États à mener une action concertée et coordonnée, notamment par la coopération internationale, pour mieux faire connaître et comprendre les défis que posent les attaques terroristes contre les infrastructures critiques.',
      },
      ru: {
        title: 'Резолюция 2341 (2017) Совета Безопасности о защите критически важных объектов инфраструктуры от террористических нападений',
        issuedBy: SECURITY_COUNCIL.ru,
        summary: 'Призывает все государства предпринимать согласованные и скоординированные усилия, в том числе на основе международного сотрудничества, для повышения осведомленности о проблемах, создаваемых террористическими нападениями на критически важные объекты инфраструктуры, и расширения знаний о них.',
      },
    },
  },
  {
    code: 's_res_2370_2017',
    symbol: 'S/RES/2370 (2017)',
    title: 'Security Council resolution 2370 (2017) on preventing terrorists from acquiring weapons',
    issuedBy: SECURITY_COUNCIL.en,
    year: 2017,
    summary: 'Strongly condemns the continued flow of weapons, including small arms and light weapons, military equipment, UAS and their components, and improvised explosive device components to and between ISIL (Da\'esh), Al-Qaida, their affiliates and associated groups, illegal armed groups and criminals, and encourages States to prevent and disrupt their procurement networks for such weapons, systems and components.',
    translations: {
      fr: {
        title: 'Résolution 2370 (2017) du Conseil de sécurité visant à empêcher les terroristes d’acquérir des armes',
        issuedBy: SECURITY_COUNCIL.fr,
        summary: 'Condamne fermement la circulation continue d’armes, notamment d’armes légères et de petit calibre, de matériel militaire, de systèmes d’aéronefs sans pilote et de leurs pièces, et de composants d’engins explosifs improvisés, à destination et entre les mains de l’EIIL (Daech), d’Al-Qaida, de leurs affiliés et des groupes qui leur sont associés, de groupes armés illégaux et de criminels, et encourage les États à prévenir et à démanteler les réseaux par lesquels ces armes, systèmes et composants sont acquis.',
      },
      ru: {
        title: 'Резолюция 2370 (2017) Совета Безопасности о недопущении приобретения террористами оружия',
        issuedBy: SECURITY_COUNCIL.ru,
        summary: 'Решительно осуждает продолжающиеся поставки оружия, в том числе стрелкового оружия и легких вооружений, военной техники, беспилотных авиационных систем и их компонентов, а также компонентов самодельных взрывных устройств ИГИЛ (ДАИШ), «Аль-Каиде», их филиалам и связанным с ними группам, незаконным вооруженным группам и преступникам и между ними и призывает государства предотвращать и пресекать деятельность сетей, через которые приобретаются такое оружие, системы и компоненты.',
      },
    },
  },
  {
    code: 's_res_2396_2017',
    symbol: 'S/RES/2396 (2017)',
    title: 'Security Council resolution 2396 (2017) on foreign terrorist fighters',
    issuedBy: SECURITY_COUNCIL.en,
    year: 2017,
    summary: 'Stresses the need for Member States to develop, review or amend national risk and threat assessments to consider soft targets, to develop appropriate contingency and emergency response plans for terrorist attacks, and to establish or strengthen national, regional and international partnerships with public and private actors to share information and experience in order to prevent, protect, mitigate, investigate, respond to and recover from terrorist attacks against vulnerable targets.',
    translations: {
      fr: {
        title: 'Résolution 2396 (2017) du Conseil de sécurité sur les combattants terroristes étrangers',
        issuedBy: SECURITY_COUNCIL.fr,
        summary: 'Souligne que les États Membres doivent élaborer, réexaminer ou modifier leurs évaluations nationales des risques et des menaces pour tenir compte des cibles vulnérables, élaborer des plans d’urgence et d’intervention adaptés en cas d’attaque terroriste, et créer ou renforcer des partenariats nationaux, régionaux et internationaux avec les acteurs publics et privés pour mettre en commun informations et données d’expérience afin de prévenir les attaques terroristes contre les cibles vulnérables, de s’en protéger, d’en atténuer les effets, d’enquêter, d’intervenir et d’assurer le relèvement.',
      },
      ru: {
        title: 'Резолюция 2396 (2017) Совета Безопасности об иностранных боевиках-террористах',
        issuedBy: SECURITY_COUNCIL.ru,
        summary: 'Подчеркивает необходимость того, чтобы государства-члены разрабатывали, пересматривали или изменяли национальные оценки рисков и угроз с учетом уязвимых объектов, разрабатывали надлежащие планы действий в чрезвычайных ситуациях и реагирования на террористические нападения и создавали или укрепляли национальные, региональные и международные партнерства с государственными и частными субъектами для обмена информацией и опытом в целях предотвращения террористических нападений на уязвимые объекты, защиты от них, смягчения их последствий, их расследования, реагирования на них и восстановления после них.',
      },
    },
  },
  {
    code: 's_2018_1177_gp50',
    symbol: 'S/2018/1177, Guiding Principle 50',
    title: 'Addendum to the 2015 Madrid Guiding Principles (2018), Guiding Principle 50',
    issuedBy: COUNTER_TERRORISM_COMMITTEE.en,
    year: 2018,
    summary: 'Good practice on the protection of vulnerable targets: Member States bear the primary responsibility for protecting critical infrastructure and vulnerable targets, and should increase cooperation between States and with the private companies that own, operate and manage them.',
    translations: {
      fr: {
        symbol: 'S/2018/1177, principe directeur 50',
        title: 'Additif de 2018 aux Principes directeurs de Madrid de 2015, principe directeur 50',
        issuedBy: COUNTER_TERRORISM_COMMITTEE.fr,
        summary: 'Bonne pratique en matière de protection des cibles vulnérables\u00A0: c’est aux États Membres qu’il incombe au premier chef de protéger les infrastructures critiques et les cibles vulnérables, et ils devraient renforcer la coopération entre États et avec les entreprises privées qui en sont propriétaires, qui les exploitent et qui les gèrent.',
      },
      ru: {
        symbol: 'S/2018/1177, руководящий принцип 50',
        title: 'Добавление 2018 года к Мадридским руководящим принципам 2015 года, руководящий принцип 50',
        issuedBy: COUNTER_TERRORISM_COMMITTEE.ru,
        summary: 'Передовая практика защиты уязвимых объектов: главная ответственность за защиту критически важных объектов инфраструктуры и уязвимых объектов лежит на государствах-членах, которым следует расширять сотрудничество между собой и с частными компаниями, которые владеют такими объектами, эксплуатируют их и управляют ими.',
      },
    },
  },
  {
    code: 's_2018_1177_gp51',
    symbol: 'S/2018/1177, Guiding Principle 51',
    title: 'Addendum to the 2015 Madrid Guiding Principles (2018), Guiding Principle 51',
    issuedBy: COUNTER_TERRORISM_COMMITTEE.en,
    year: 2018,
    summary: 'Good practice on the protection of vulnerable targets: public-private partnerships and information sharing to address the security needs of soft targets and critical infrastructure.',
    translations: {
      fr: {
        symbol: 'S/2018/1177, principe directeur 51',
        title: 'Additif de 2018 aux Principes directeurs de Madrid de 2015, principe directeur 51',
        issuedBy: COUNTER_TERRORISM_COMMITTEE.fr,
        summary: 'Bonne pratique en matière de protection des cibles vulnérables\u00A0: partenariats public-privé et échange d’informations pour répondre aux besoins de sécurité des cibles vulnérables et des infrastructures critiques.',
      },
      ru: {
        symbol: 'S/2018/1177, руководящий принцип 51',
        title: 'Добавление 2018 года к Мадридским руководящим принципам 2015 года, руководящий принцип 51',
        issuedBy: COUNTER_TERRORISM_COMMITTEE.ru,
        summary: 'Передовая практика защиты уязвимых объектов: партнерства между государственным и частным секторами и обмен информацией для удовлетворения потребностей уязвимых объектов и критически важных объектов инфраструктуры в обеспечении безопасности.',
      },
    },
  },
  {
    code: 'ci_compendium_2018',
    symbol: 'Compendium of good practices (2018)',
    title: 'The protection of critical infrastructures against terrorist attacks: Compendium of good practices',
    issuedBy: 'CTED, UNOCT and INTERPOL',
    year: 2018,
    summary: 'Good practices for States on protecting critical infrastructure against terrorist attacks, extended by the programme with modular addenda on religious sites, urban centres and touristic venues, and UAS.',
    translations: {
      fr: {
        symbol: 'Recueil de bonnes pratiques (2018)',
        title: 'La protection des infrastructures critiques contre les attaques terroristes\u00A0: recueil de bonnes pratiques',
        // DECT: Direction exécutive du Comité contre le terrorisme; BLT: Bureau de lutte contre le terrorisme.
        issuedBy: 'DECT, BLT et INTERPOL',
        summary: 'Bonnes pratiques à l’intention des États pour protéger les infrastructures critiques contre les attaques terroristes, que le programme complète par des additifs modulaires sur les sites religieux, les centres urbains et les sites touristiques, et les systèmes d’aéronefs sans pilote.',
      },
      ru: {
        symbol: 'Сборник передовой практики (2018 год)',
        title: 'Защита критически важных объектов инфраструктуры от террористических нападений: сборник передовой практики',
        // ИДКТК: Исполнительный директорат Контртеррористического комитета; КТУ: Контртеррористическое управление.
        issuedBy: 'ИДКТК, КТУ и Интерпол',
        summary: 'Передовая практика защиты критически важных объектов инфраструктуры от террористических нападений для государств, которую программа дополняет модульными добавлениями о религиозных объектах, городских центрах и туристических объектах, а также о беспилотных авиационных системах.',
      },
    },
  },
  {
    code: 'gctf_antalya_2017',
    symbol: 'GCTF Antalya Memorandum (2017)',
    title: 'Antalya Memorandum on the Protection of Soft Targets in a Counterterrorism Context',
    issuedBy: 'Global Counterterrorism Forum',
    year: 2017,
    summary: 'Good practices on the protection of soft targets in a counterterrorism context.',
    translations: {
      fr: {
        symbol: 'Mémorandum d’Antalya du GCTF (2017)',
        title: 'Mémorandum d’Antalya sur la protection des cibles vulnérables dans le contexte de la lutte contre le terrorisme',
        issuedBy: 'Forum mondial de lutte contre le terrorisme',
        summary: 'Bonnes pratiques en matière de protection des cibles vulnérables dans le contexte de la lutte contre le terrorisme.',
      },
      ru: {
        symbol: 'Анталийский меморандум ГКФ (2017 год)',
        title: 'Анталийский меморандум о защите уязвимых объектов в контексте борьбы с терроризмом',
        issuedBy: 'Глобальный контртеррористический форум',
        summary: 'Передовая практика защиты уязвимых объектов в контексте борьбы с терроризмом.',
      },
    },
  },
];

/**
 * The instruments as a document in `language` cites them: title, issuing body and summary in that language (English
 * where the programme has no wording in it yet, i.e. Arabic), and the quoted English `text` only in English editions.
 */
export function instrumentsIn(language: Language): LocalizedInstrument[] {
  return FRAMEWORK_INSTRUMENTS.map(({ translations, text, ...english }) => {
    if (language === 'en') return text === undefined ? english : { ...english, text };
    const wording = language === 'ar' ? english : translations[language];
    return { code: english.code, symbol: wording.symbol ?? english.symbol, year: english.year, title: wording.title, issuedBy: wording.issuedBy, summary: wording.summary };
  });
}

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

/**
 * Sectors of the institutions a mission consults. A consultation's `sector` stays free text (a ministry may span
 * several sectors, or none of these): these codes are the suggested values, which documents print by name.
 */
export const SECTORS = [
  { code: 'security', name: 'Security', description: 'Ministries and agencies responsible for national and public security, including the police and gendarmerie.' },
  { code: 'civil_protection', name: 'Civil protection', description: 'Civil protection, emergency services, fire and rescue, and disaster management.' },
  { code: 'local_government', name: 'Local government', description: 'Municipalities, governorates and other local and regional authorities.' },
  { code: 'aviation', name: 'Civil aviation', description: 'Civil aviation authorities, airports and air navigation services, including the regulation of UAS.' },
  { code: 'tourism', name: 'Tourism', description: 'Tourism ministries and boards, and operators of tourist sites and hotels.' },
  { code: 'religious_affairs', name: 'Religious affairs', description: 'Ministries of religious affairs, religious authorities and interfaith bodies.' },
  { code: 'interior', name: 'Interior', description: 'Ministries of the interior and their services.' },
  { code: 'justice', name: 'Justice', description: 'Ministries of justice, prosecution services and the judiciary.' },
  { code: 'defence', name: 'Defence', description: 'Ministries of defence and the armed forces.' },
  { code: 'intelligence', name: 'Intelligence', description: 'Intelligence and counter-terrorism services, and threat assessment centres.' },
  { code: 'transport', name: 'Transport', description: 'Land and maritime transport authorities and operators of transport hubs.' },
  { code: 'health', name: 'Health', description: 'Health ministries, hospitals and emergency medical services.' },
  { code: 'sport', name: 'Sport', description: 'Sports ministries, federations, event organisers and stadium operators.' },
  { code: 'culture', name: 'Culture', description: 'Culture ministries, museums, heritage sites and cultural event organisers.' },
  { code: 'education', name: 'Education', description: 'Education ministries, schools and universities as places to protect.' },
  { code: 'foreign_affairs', name: 'Foreign affairs', description: 'Ministries of foreign affairs and consular services.' },
  { code: 'customs', name: 'Customs', description: 'Customs administrations, including the control of imports of UAS and their components.' },
  { code: 'border_management', name: 'Border management', description: 'Border police and border management agencies.' },
  { code: 'telecommunications', name: 'Telecommunications', description: 'Telecommunications regulators and operators, and cybersecurity agencies.' },
  { code: 'energy', name: 'Energy', description: 'Energy ministries, regulators and operators of energy facilities.' },
  { code: 'finance', name: 'Finance', description: 'Finance ministries, financial intelligence units and banks.' },
  { code: 'private_sector', name: 'Private sector', description: 'Private companies that own, operate or secure vulnerable targets, and their associations.' },
  { code: 'civil_society', name: 'Civil society', description: 'Non-governmental and community organisations, including victims’ associations.' },
  { code: 'human_rights', name: 'Human rights', description: 'National human rights institutions and ombudspersons.' },
  { code: 'academia', name: 'Academia', description: 'Universities and research institutes.' },
  { code: 'international_organisation', name: 'International organisations', description: 'United Nations entities and other international and regional organisations.' },
  { code: 'media', name: 'Media', description: 'Press, broadcasters and journalists’ associations.' },
  { code: 'parliament', name: 'Parliament', description: 'Parliaments and their committees.' },
] as const satisfies readonly CatalogEntry[];

export type Sector = (typeof SECTORS)[number]['code'];

/** Sector names in the other languages of the roadmaps (Arabic follows; meanwhile Arabic editions show English). */
export const SECTOR_NAMES: Record<TranslatedLanguage, Record<Sector, string>> = {
  fr: {
    security: 'Sécurité',
    civil_protection: 'Protection civile',
    local_government: 'Collectivités locales',
    aviation: 'Aviation civile',
    tourism: 'Tourisme',
    religious_affairs: 'Affaires religieuses',
    interior: 'Intérieur',
    justice: 'Justice',
    defence: 'Défense',
    intelligence: 'Renseignement',
    transport: 'Transports',
    health: 'Santé',
    sport: 'Sport',
    culture: 'Culture',
    education: 'Éducation',
    foreign_affairs: 'Affaires étrangères',
    customs: 'Douanes',
    border_management: 'Gestion des frontières',
    telecommunications: 'Télécommunications',
    energy: 'Énergie',
    finance: 'Finances',
    private_sector: 'Secteur privé',
    civil_society: 'Société civile',
    human_rights: 'Droits de l’homme',
    academia: 'Milieux universitaires',
    international_organisation: 'Organisations internationales',
    media: 'Médias',
    parliament: 'Parlement',
  },
  ru: {
    security: 'Безопасность',
    civil_protection: 'Гражданская защита',
    local_government: 'Местное самоуправление',
    aviation: 'Гражданская авиация',
    tourism: 'Туризм',
    religious_affairs: 'Дела религий',
    interior: 'Внутренние дела',
    justice: 'Юстиция',
    defence: 'Оборона',
    intelligence: 'Разведка',
    transport: 'Транспорт',
    health: 'Здравоохранение',
    sport: 'Спорт',
    culture: 'Культура',
    education: 'Образование',
    foreign_affairs: 'Иностранные дела',
    customs: 'Таможня',
    border_management: 'Охрана границ',
    telecommunications: 'Телекоммуникации',
    energy: 'Энергетика',
    finance: 'Финансы',
    private_sector: 'Частный сектор',
    civil_society: 'Гражданское общество',
    human_rights: 'Права человека',
    academia: 'Научные круги',
    international_organisation: 'Международные организации',
    media: 'Средства массовой информации',
    parliament: 'Парламент',
  },
};

const SECTOR_BY_CODE: ReadonlyMap<string, (typeof SECTORS)[number]> = new Map(SECTORS.map((sector) => [sector.code, sector]));

/** Lower-case words joined by underscores: how a code looks, as opposed to a name somebody typed. */
const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/**
 * A consultation's sector as a document in `language` prints it: a known code by its name in that language; free text
 * as typed, except that a code-like value that is not a known code is shown as words ("maritime_security" →
 * "Maritime security"), so that no document shows a raw code.
 */
export function sectorName(value: string, language: Language): string {
  const text = value.trim();
  const sector = SECTOR_BY_CODE.get(text);
  if (sector !== undefined) return language === 'en' || language === 'ar' ? sector.name : SECTOR_NAMES[language][sector.code];
  if (!SNAKE_CASE.test(text)) return value;
  const words = text.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
