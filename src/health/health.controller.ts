import { Controller, Get, Inject, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { PublicWithOptionalSession } from '../common/auth/auth.decorator';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { HealthCheckFailedError } from './health.errors';

class DatabaseHealthDto {
  @ApiProperty({ enum: ['up'] }) status!: 'up';
  @ApiProperty({ enum: ['embedded', 'server'] }) engine!: 'embedded' | 'server';
  @ApiProperty({ example: 'PostgreSQL 15.19' }) version!: string;
  @ApiProperty({ description: 'Round trip of a query, in milliseconds' }) latencyMs!: number;
}

/** Anonymous callers get `status` only: which engine and server version run here is no stranger's business. */
export class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiPropertyOptional({ description: 'Signed-in callers only' }) database?: DatabaseHealthDto;
  @ApiPropertyOptional({ description: 'Signed-in callers only' }) uptimeSeconds?: number;
}

@ApiTags('health')
@Controller('health')
@PublicWithOptionalSession()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and database check: status for anyone, the database details for a signed-in caller' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer' })
  async check(@Req() request: FastifyRequest): Promise<HealthDto> {
    const started = performance.now();
    let version: string;
    try {
      const rows: { version: string }[] = await this.dataSource.query('SELECT version() AS version');
      version = rows[0].version.split(' ').slice(0, 2).join(' ');
    } catch (error) {
      throw new HealthCheckFailedError(error);
    }
    if (!request.actor) return { status: 'ok' };
    return {
      status: 'ok',
      database: {
        status: 'up',
        engine: this.config.databaseUrl ? 'server' : 'embedded',
        version,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
      },
      uptimeSeconds: Math.round(process.uptime()),
    };
  }
}
