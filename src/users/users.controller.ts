import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: 'Rename, change the role, deactivate or reactivate a user (admins)' })
  @ApiOkResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'It would leave no active admin' })
  update(@CurrentActor() actor: Actor, @Param('userId', UserId) id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    return this.users.update(actor, id, body);
  }

  @Post(':userId/password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Reset a user's password (admins)" })
  @ApiNoContentResponse()
  async resetPassword(@CurrentActor() actor: Actor, @Param('userId', UserId) id: string, @Body() body: ResetPasswordDto): Promise<void> {
    await this.users.resetPassword(actor, id, body);
  }
}
