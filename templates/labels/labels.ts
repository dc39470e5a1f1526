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
    /** `{findings}` and `{actions}` are counted phrases ("3 findings"). */
    summaryIntro: string;
    /** For an edition that holds actions but no finding. */
    summaryActionsOnly: string;
    byLevel: string;
    byArea: string;
    byPriority: string;
    findingsCount: string;
    actionsCount: string;
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
    timelineLegend: string;
    months: string;
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
    count: string;
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
}
