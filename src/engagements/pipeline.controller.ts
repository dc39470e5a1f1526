import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Auth } from '../common/auth/auth.decorator';
import {
  allStages,
  DEFAULT_STAGE_TARGET_DAYS,
  EVENT_TYPES,
  machineTransitions,
  MACHINE_VERSION,
  toMermaid,
} from './machine/engagement.machine';
import { STAGE_TARGET_DAYS, StageTargetDays } from './stage-target-days';

class PipelineTransitionDto {
  @ApiProperty({ example: 'active_scoping_planning' }) from!: string;
  @ApiProperty({ example: 'active_scoping_fieldwork' }) to!: string;
  @ApiProperty({ enum: EVENT_TYPES }) event!: string;
  @ApiProperty({ description: 'Whether facts (or a reason) must allow it' }) guarded!: boolean;
}

export class PipelineDto {
  @ApiProperty() machineVersion!: number;
  @ApiProperty({ type: [String], example: ['scoping.planning', 'scoping.fieldwork'] }) stages!: string[];
  @ApiProperty({ enum: EVENT_TYPES, isArray: true }) events!: string[];
  @ApiProperty({ type: [PipelineTransitionDto] }) transitions!: PipelineTransitionDto[];
  @ApiProperty({ example: DEFAULT_STAGE_TARGET_DAYS, description: 'Target duration of each stage in days; past it, overdue' })
  stageTargetDays!: Record<string, number>;
  @ApiProperty({ description: 'Mermaid stateDiagram-v2 text, generated from the machine' }) mermaid!: string;
}

@ApiTags('pipeline')
@Controller('pipeline')
@Auth()
export class PipelineController {
  constructor(@Inject(STAGE_TARGET_DAYS) private readonly stageTargetDays: StageTargetDays) {}

  @Get()
  @ApiOperation({ summary: 'The engagement pipeline as data and as a Mermaid diagram, derived from the state machine' })
  @ApiOkResponse({ type: PipelineDto })
  pipeline(): PipelineDto {
    return {
      machineVersion: MACHINE_VERSION,
      stages: allStages(),
      events: [...EVENT_TYPES],
      transitions: machineTransitions(),
      stageTargetDays: { ...this.stageTargetDays },
      mermaid: toMermaid(),
    };
  }
}
