import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EndedSessionsDto, SessionDto } from '../auth/dto/session.dto';
import { Actor } from '../common/auth/actor';
import { Auth } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { CreateUserDto } from './dto/create-user.dto';
import { ResetPasswordDto, UpdateUserDto } from './dto/update-user.dto';
import { UserDto } from './dto/user.dto';
import { UserNotFoundError } from './user.errors';
import { UsersService } from './users.service';

const UserId = new ParseIdPipe((id) => new UserNotFoundError(id));

@ApiTags('users')
@Controller('users')
@Auth('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Every user account (admins)' })
  @ApiOkResponse({ type: [UserDto] })
  list(): Promise<UserDto[]> {
    return this.users.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a user account (admins); the password needs at least 12 characters' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'The e-mail address is taken' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<UserDto> {
    return this.users.create(actor, body);
  }

  @Get(':userId')
  @ApiOperation({ summary: 'One user account (admins)' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse()
  get(@Param('userId', UserId) id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Patch(':userId')
  @ApiOperation({ summary: 'Rename, change the role, deactivate or reactivate a user (admins); a new role or deactivation ends their sessions' })
  @ApiOkResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'It would leave no active admin' })
  update(@CurrentActor() actor: Actor, @Param('userId', UserId) id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    return this.users.update(actor, id, body);
  }

  @Post(':userId/password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Reset a user's password (admins): every session of the account ends at once" })
  @ApiNoContentResponse()
  async resetPassword(@CurrentActor() actor: Actor, @Param('userId', UserId) id: string, @Body() body: ResetPasswordDto): Promise<void> {
    await this.users.resetPassword(actor, id, body);
  }

  @Get(':userId/sessions')
  @ApiOperation({ summary: "A user's sessions, newest first, live and ended (admins)" })
  @ApiOkResponse({ type: [SessionDto] })
  @ApiNotFoundResponse()
  sessions(@Param('userId', UserId) id: string): Promise<SessionDto[]> {
    return this.users.listSessions(id);
  }

  @Delete(':userId/sessions')
  @ApiOperation({ summary: "End every session of a user (admins): their tokens stop working at once" })
  @ApiOkResponse({ type: EndedSessionsDto })
  @ApiNotFoundResponse()
  async endSessions(@CurrentActor() actor: Actor, @Param('userId', UserId) id: string): Promise<EndedSessionsDto> {
    return { ended: await this.users.endSessions(actor, id) };
  }
}
