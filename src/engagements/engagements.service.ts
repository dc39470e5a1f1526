import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StaleVersionError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../common/database-errors';
import { Page, pageBounds } from '../common/pagination';
import { countryName } from '../reference/countries';
import { CreateEngagementDto } from './dto/create-engagement.dto';
import { EngagementDto, toEngagementDto } from './dto/engagement.dto';
import { ListEngagementsQuery } from './dto/list-engagements.query';
import { UpdateEngagementDto } from './dto/update-engagement.dto';
import { Engagement } from './engagement.entity';
import { EngagementAlreadyActiveError, EngagementNotFoundError } from './engagement.errors';
import { EngagementsRepository } from './engagements.repository';

const ONE_ACTIVE_PER_COUNTRY = 'engagements_one_active_per_country';

@Injectable()
export class EngagementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engagements: EngagementsRepository,
  ) {}

  async list(query: ListEngagementsQuery): Promise<Page<EngagementDto>> {
    const bounds = pageBounds(query);
    const [rows, total] = await this.engagements.findPage({ ...bounds, country: query.country, stage: query.stage });
    return { items: rows.map(present), total, ...bounds };
  }

  async countAll(): Promise<number> {
    return this.engagements.count();
  }

  async get(id: string): Promise<EngagementDto> {
    return present(await this.load(id));
  }

  async create(input: CreateEngagementDto): Promise<EngagementDto> {
    try {
      return present(await this.engagements.insert(input));
    } catch (error) {
      if (isUniqueViolation(error, ONE_ACTIVE_PER_COUNTRY)) {
        throw new EngagementAlreadyActiveError(input.country, countryName(input.country));
      }
      throw error;
    }
  }

  async update(id: string, input: UpdateEngagementDto): Promise<EngagementDto> {
    const { version, ...changes } = input;
    return this.dataSource.transaction(async (em) => {
      const current = await this.load(id, em);
      if (current.version !== version) throw new StaleVersionError('engagement', version, current.version);
      // The conditional update also catches a writer that committed between our read and our write.
      if (Object.keys(changes).length > 0 && !(await this.engagements.updateIfVersion(id, version, changes, em))) {
        throw new StaleVersionError('engagement', version);
      }
      return present(await this.load(id, em));
    });
  }

  private async load(id: string, em = this.dataSource.manager): Promise<Engagement> {
    const engagement = await this.engagements.findById(id, em);
    if (!engagement) throw new EngagementNotFoundError(id);
    return engagement;
  }
}

function present(engagement: Engagement): EngagementDto {
  return toEngagementDto(engagement, countryName(engagement.country));
}
