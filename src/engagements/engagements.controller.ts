import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { CreateEngagementDto } from './dto/create-engagement.dto';
import { EngagementDto, EngagementPageDto } from './dto/engagement.dto';
import { ListEngagementsQuery } from './dto/list-engagements.query';
import { UpdateEngagementDto } from './dto/update-engagement.dto';
import { EngagementNotFoundError } from './engagement.errors';
import { EngagementsService } from './engagements.service';

const EngagementId = new ParseIdPipe((id) => new EngagementNotFoundError(id));

@ApiTags('engagements')
@Controller('engagements')
export class EngagementsController {
  constructor(private readonly engagements: EngagementsService) {}

  @Get()
  @ApiOperation({ summary: 'List engagements, optionally by country or stage' })
  @ApiOkResponse({ type: EngagementPageDto })
  list(@Query() query: ListEngagementsQuery): Promise<EngagementPageDto> {
    return this.engagements.list(query);
  }

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Open an engagement with a beneficiary State; it starts in scoping.planning' })
  @ApiCreatedResponse({ type: EngagementDto })
  @ApiBadRequestResponse({ description: 'Invalid fields, each one listed in `errors`' })
  @ApiConflictResponse({ description: 'The State already has an engagement in progress' })
  create(@Body() body: CreateEngagementDto): Promise<EngagementDto> {
    return this.engagements.create(body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One engagement' })
  @ApiOkResponse({ type: EngagementDto })
  @ApiNotFoundResponse()
  get(@Param('id', EngagementId) id: string): Promise<EngagementDto> {
    return this.engagements.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the title, thematic areas in scope or output languages' })
  @ApiOkResponse({ type: EngagementDto })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The version sent is stale' })
  update(@Param('id', EngagementId) id: string, @Body() body: UpdateEngagementDto): Promise<EngagementDto> {
    return this.engagements.update(id, body);
  }
}
