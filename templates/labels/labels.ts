/** Every word a roadmap document prints that does not come from the roadmap itself. */
export interface Labels {
  language: 'en' | 'fr' | 'ru';
  /** BCP 47 locale for dates. */
  locale: string;
  draftWatermark: string;
  documentTitle: string;
  subtitle: string;
  programme: string;
  /** The office that runs the programme, by its full name and acronym: on the cover and as the PDF's author. */
  office: string;
  version: string;
  draft: string;
  final: string;
  page: string;
  of: string;
  audience: Record<'internal' | 'government' | 'public', string>;
  /** The marking in every page's header, the PDF's title and keywords: which edition this is. */
  edition: Record<'internal' | 'government' | 'public', string>;
  /** An annex heading: `{n}` its number among the annexes the edition has, `{title}` its title. */
  annex: string;
  /** Counted nouns by plural category (Intl.PluralRules of the locale); `{n}` is the number. */
  counted: {
    findings: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
    actions: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
    gaps: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
    strengths: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
    institutions: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  };
  sections: {
    contents: string;
    executiveSummary: string;
    background: string;
    methodology: string;
    strengths: string;
    findings: string;
    actionMatrix: string;
    timeline: string;
    implementation: string;
    monitoring: string;
    annexes: string;
    stakeholders: string;
    references: string;
    traceability: string;
    decisions: string;
  };
  text: {
    /** For an edition that holds actions but no finding. */
    summaryActionsOnly: string;
    byLevel: string;
    byArea: string;
    byPriority: string;
    backgroundIntro: string;
    /** Before the instruments the edition's findings cite (left out when they cite none). */
    backgroundInstruments: string;
    methodologyIntro: string;
    institutionsConsulted: string;
    documentsReviewed: string;
    implementationIntro: string;
    mentoring: string;
    technicalAssistance: string;
    trainingCourses: string;
    monitoringIntro: string;
  };
  columns: {
    code: string;
    action: string;
    responsible: string;
    partners: string;
    priority: string;
    findings: string;
    indicator: string;
    baseline: string;
    target: string;
    institution: string;
    sector: string;
    date: string;
    participants: string;
    finding: string;
    actions: string;
    comment: string;
    decision: string;
    reply: string;
    level: string;
    area: string;
    evidence: string;
  };
  areas: Record<string, string>;
  dimensions: Record<string, string>;
  phases: Record<string, string>;
  levels: Record<number, string>;
  priorities: Record<string, string>;
  timeframes: Record<string, string>;
  courses: Record<string, string>;
  decisionsText: Record<string, string>;
  missionTypes: Record<string, string>;
  kinds: Record<string, string>;
  /** Sentences of the executive summary, drawn from the content; `{…}` are filled in, lists joined per language. */
  summary: {
    /** `{country}` (where the language can put a State's name in a sentence), `{areas}`: the engagement's thematic areas as a list. */
    purpose: string;
    /** `{missions}`: "a scoping mission (9–20 February 2026)" as a list; `{institutions}` counted. */
    missions: string;
    /** `{gaps}` counted; `{levels}`: "3 at level 1 (none)" as a list. */
    gaps: string;
    /** One level's share: `{n}`, `{level}`, `{name}`. */
    atLevel: string;
    /** `{areas}`: "urban centres (5)" as a list. */
    gapAreas: string;
    /** `{strengths}` counted. */
    strengths: string;
    /** `{actions}` counted; `{high}` the number of high priority among them. */
    actions: string;
    /** Before the list of high-priority actions. */
    /** When no action is of high priority. */
    actionsPlain: string;
    priorityActions: string;
    /** After the ten named: `{n}` more (a line of its own). */
    andOthers: string;
    missionPhrase: { scoping: string; follow_up: string };
    /** Under the table by area: what each column counts. */
    areaNote: string;
    gapsColumn: string;
    strengthsColumn: string;
    actionsColumn: string;
    total: string;
  };
  costing: {
    title: string;
    intro: string;
    /** `{total}` the sum in US dollars. */
    total: string;
    /** `{n}` actions not costed, `{all}` actions, `{share}` the percentage. */
    uncosted: string;
    allCosted: string;
    noneCosted: string;
    /** The timeframe column's header. */
    timeframe: string;
    byArea: string;
    byTimeframe: string;
    byPriority: string;
    actions: string;
    costed: string;
    cost: string;
  };
  matrix: {
    /** `{from}`–`{to}` as a date range. */
    dates: string;
    /** When no dates are set: the timeframe (indicative). */
    indicative: string;
    cost: string;
    notCosted: string;
    targetLevel: string;
    partners: string;
  };
  timeline: {
    legend: string;
    key: string;
    dated: string;
    indicative: string;
    /** `{date}`: the first month of the chart, when actions have dates. */
    monthZeroDate: string;
    monthZeroAdoption: string;
    month: string;
  };
  adoption: {
    title: string;
    /** `{authority}`, `{instrument}`, `{date}`. */
    recorded: string;
    pending: string;
    forGovernment: string;
    forUnitedNations: string;
    name: string;
    position: string;
    signature: string;
    date: string;
  };
  /** What the service writes in actions it proposes, in the document's language. */
  phrases: {
    toBeDesignated: string;
    /** `{level}` and `{name}` (the level's name in lower case). */
    capacityLevel: string;
    levelNames: Record<number, string>;
  };
}
