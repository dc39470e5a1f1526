import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../common/auth/auth.decorator';
import {
  CAPACITY_LEVELS,
  CROSS_CUTTING,
  DIMENSIONS,
  FRAMEWORK_INSTRUMENTS,
  LANGUAGES,
  PARTNERS,
  PHASES,
  SECTORS,
  THEMATIC_AREAS,
  TRAINING_COURSES,
} from './catalogs';
import { ReferenceDto } from './reference.dto';

@ApiTags('reference')
@Controller('reference')
@Auth()
export class ReferenceController {
  @Get()
  @ApiOperation({ summary: 'The programme catalogs: thematic areas, dimensions, phases, levels, instruments, courses, partners, languages, sectors' })
  @ApiOkResponse({ type: ReferenceDto })
  catalogs(): ReferenceDto {
    return {
      thematicAreas: [...THEMATIC_AREAS],
      crossCutting: CROSS_CUTTING,
      dimensions: [...DIMENSIONS],
      phases: [...PHASES],
      capacityLevels: [...CAPACITY_LEVELS],
      frameworkInstruments: [...FRAMEWORK_INSTRUMENTS],
      trainingCourses: [...TRAINING_COURSES],
      partners: [...PARTNERS],
      languages: [...LANGUAGES],
      sectors: [...SECTORS],
    };
  }
}
