import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '../common/auth/actor';
import { spreadsheetFile } from '../common/workbook';
import { audienceOf, isAllowed } from '../engagements/engagement-access';
import { EngagementAccessService } from '../engagements/engagement-access.service';
import { stageTiming } from '../engagements/dto/engagement.dto';
import { STAGE_TARGET_DAYS, StageTargetDays } from '../engagements/stage-target-days';
import { countryName } from '../reference/countries';
import { PortfolioQuery, PortfolioRowDto } from './dto/portfolio.dto';
import { PortfolioRepository, PortfolioRow } from './portfolio.repository';

/** The CSV's columns, in order: the JSON row flattened. */
export const PORTFOLIO_CSV_COLUMNS = [
  'engagementId',
  'country',
  'countryName',
  'title',
  'stage',
  'daysInStage',
  'stageTargetDays',
  'overdue',
  'progress',
  'findingsLevel1',
  'findingsLevel2',
  'findingsLevel3',
  'findingsLevel4',
  'findingsLevel5',
  'actionsTotal',
  'actionsCompleted',
  'actionsOverdue',
  'nextDueActionCode',
  'nextDueActionTitle',
  'nextDueOn',
  'lastActivity',
] as const;

/** One row per engagement the caller may see, for programme managers to steer the programme. */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly portfolio: PortfolioRepository,
    private readonly access: EngagementAccessService,
    @Inject(STAGE_TARGET_DAYS) private readonly stageTargetDays: StageTargetDays,
  ) {}

  async rows(actor: Actor, query: PortfolioQuery, now: Date = new Date()): Promise<PortfolioRowDto[]> {
    const rows = await this.portfolio.rows({
      ...this.access.visibility(actor),
      audienceOf: (membership) => audienceOf(actor, membership),
      country: query.country,
      stage: query.stage,
    });
    const presented = rows.map((row) => this.present(actor, row, now));
    return query.overdue === undefined ? presented : presented.filter((row) => (row.overdue || row.actions.overdue > 0) === query.overdue);
  }

  async csv(actor: Actor, query: PortfolioQuery): Promise<Buffer> {
    const rows = await this.rows(actor, query);
    return spreadsheetFile('csv', 'portfolio', PORTFOLIO_CSV_COLUMNS.map((key) => ({ key })), rows.map(toCsvCells));
  }

  private present(actor: Actor, row: PortfolioRow, now: Date): PortfolioRowDto {
    const timing = stageTiming(row.stage, row.stage_entered_at, this.stageTargetDays, now);
    // Focal points do not read the assessment's findings, not even as counts.
    const readsFindings = isAllowed(actor, row.membership, 'findings.read');
    return {
      engagementId: row.id,
      country: row.country,
      countryName: countryName(row.country),
      title: row.title,
      stage: row.stage,
      daysInStage: timing.daysInStage,
      stageTargetDays: timing.stageTargetDays,
      overdue: timing.overdue,
      progress: row.progress,
      findingsByLevel: readsFindings ? { 1: row.level_1, 2: row.level_2, 3: row.level_3, 4: row.level_4, 5: row.level_5 } : null,
      actions: { total: row.actions_total, completed: row.actions_completed, overdue: row.actions_overdue },
      nextDueAction:
        row.next_action_id && row.next_action_code && row.next_action_title && row.next_action_due_on
          ? { id: row.next_action_id, code: row.next_action_code, title: row.next_action_title, dueOn: row.next_action_due_on }
          : null,
      lastActivity: row.last_activity ? row.last_activity.toISOString() : null,
    };
  }
}

function toCsvCells(row: PortfolioRowDto): Record<(typeof PORTFOLIO_CSV_COLUMNS)[number], string | number | boolean> {
  const level = (n: 1 | 2 | 3 | 4 | 5): number | string => row.findingsByLevel?.[n] ?? '';
  return {
    engagementId: row.engagementId,
    country: row.country,
    countryName: row.countryName,
    title: row.title,
    stage: row.stage,
    daysInStage: row.daysInStage,
    stageTargetDays: row.stageTargetDays ?? '',
    overdue: row.overdue,
    progress: row.progress ?? '',
    findingsLevel1: level(1),
    findingsLevel2: level(2),
    findingsLevel3: level(3),
    findingsLevel4: level(4),
    findingsLevel5: level(5),
    actionsTotal: row.actions.total,
    actionsCompleted: row.actions.completed,
    actionsOverdue: row.actions.overdue,
    nextDueActionCode: row.nextDueAction?.code ?? '',
    nextDueActionTitle: row.nextDueAction?.title ?? '',
    nextDueOn: row.nextDueAction?.dueOn ?? '',
    lastActivity: row.lastActivity ?? '',
  };
}
