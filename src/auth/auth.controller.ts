import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor } from '../common/auth/actor';
import { Auth, Public } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { UserDto } from '../users/dto/user.dto';
import { UsersService } from '../users/users.service';
import { SESSION_TTL_SECONDS, AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto, LoginResponseDto } from './dto/login.dto';
import { ClientAddress } from './client-address.decorator';
import { sessionTokenOf } from '../common/auth/session-token';
import { clearSessionCookie, setDeviceCookie, setSessionCookie, signInContextOf } from './session-cookie';

const THROTTLED = 'More than 10 failed attempts within a minute for this account or address (or this device), or too many sign-ins being checked at once; see Retry-After';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign in: opens a session and returns its access token, also set as an HttpOnly session cookie for the web pages',
    description: 'Also sets the `vt_device` cookie: this browser then keeps signing in to this account while someone else\'s guesses lock it for other devices.',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password, or a deactivated account' })
  @ApiTooManyRequestsResponse({ description: THROTTLED })
  async login(@Body() body: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponseDto> {
    const { deviceToken, ...session } = await this.auth.login(body.email, body.password, signInContextOf(request));
    setSessionCookie(reply, session.accessToken, this.config);
    setDeviceCookie(reply, deviceToken, this.config);
    return { ...session, expiresIn: SESSION_TTL_SECONDS };
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Sign out: ends the caller's session (bearer token or cookie) at once, and clears the session cookie" })
  @ApiNoContentResponse({ description: 'Also when there was no live session to end' })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logoutToken(sessionTokenOf(request), String(request.id));
    clearSessionCookie(reply);
  }

  @Post('password')
  @Auth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Change one's own password: ends the account's other sessions; this one goes on" })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'currentPassword is wrong (counted like a failed sign-in), or newPassword is too short or unchanged' })
  @ApiTooManyRequestsResponse({ description: THROTTLED })
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto, @ClientAddress() address: string): Promise<void> {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword, address);
  }

  @Get('me')
  @Auth()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: UserDto })
  me(@CurrentActor() actor: Actor): Promise<UserDto> {
    return this.users.get(actor.userId);
  }
}
