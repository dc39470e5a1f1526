import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { AddMemberDto, MemberDto } from './dto/member.dto';
import { MembershipNotFoundError } from './engagement.errors';
import { EngagementId } from './engagements.controller';
import { MembersService } from './members.service';
import { EngagementAccess } from './engagement-access.decorator';

@ApiTags('engagements')
@Controller('engagements/:id/members')
@Auth()
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @EngagementAccess('members.read')
  @ApiOperation({ summary: "The engagement's members (programme managers and the mission team)" })
  @ApiOkResponse({ type: [MemberDto] })
  @ApiNotFoundResponse()
  list(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string): Promise<MemberDto[]> {
    return this.members.list(actor, id);
  }

  @Post()
  @EngagementAccess('members.manage')
  @ApiOperation({ summary: 'Make a user a member of the engagement (programme managers, admins)' })
  @ApiCreatedResponse({ type: MemberDto })
  @ApiConflictResponse({ description: 'Already a member' })
  add(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Body() body: AddMemberDto): Promise<MemberDto> {
    return this.members.add(actor, id, body);
  }

  @Delete(':userId')
  @EngagementAccess('members.manage')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a member from the engagement (programme managers, admins)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  async remove(@CurrentActor() actor: Actor, @Param('id', EngagementId) id: string, @Param('userId', new ParseIdPipe((id) => new MembershipNotFoundError(id))) userId: string): Promise<void> {
    await this.members.remove(actor, id, userId);
  }
}
