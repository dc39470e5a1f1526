import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../common/auth/auth.decorator';
import { pageBounds } from '../common/pagination';
import { AuditPageDto, AuditQuery } from './dto/audit-entry.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Auth('admin')
  @ApiOperation({ summary: 'The whole audit trail, newest first (admins)' })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: AuditQuery): Promise<AuditPageDto> {
    return this.audit.list({ ...pageBounds(query), entity: query.entity, action: query.action, actorId: query.actorId });
  }
}
