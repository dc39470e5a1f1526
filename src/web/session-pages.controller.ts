import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from '../auth/auth.service';
import { ClientAddress } from '../auth/client-address.decorator';
import { ChangePasswordDto } from '../auth/dto/change-password.dto';
import { LoginDto } from '../auth/dto/login.dto';
import { clearSessionCookie, setDeviceCookie, setSessionCookie, signInContextOf } from '../auth/session-cookie';
import { sessionTokenOf } from '../common/auth/session-token';
import { Actor } from '../common/auth/actor';
import { Auth, Public } from '../common/auth/auth.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { EngagementsService } from '../engagements/engagements.service';
import { pageContext, redirectTo } from './page-context';
import { refusal, text, validated } from './web-form';

/** Only our own pages are places to return to after signing in (never another site). */
function safeNext(next: unknown): string {
  const path = text(next);
  return /^\/app(\/[\w\-/?=&%.#]*)?$/.test(path) && !path.startsWith('/app/login') ? path : '/app';
}

@ApiExcludeController()
@Controller('app')
export class SessionPagesController {
  constructor(
    private readonly auth: AuthService,
    private readonly engagements: EngagementsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The start page for each user: a focal point's own State, everyone else the list of engagements. */
  @Get()
  @Auth()
  async home(@CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    if (actor.role === 'focal_point') {
      const mine = await this.engagements.list(actor, { limit: 2, offset: 0 });
      if (mine.items.length === 1) return redirectTo(reply, `/app/engagements/${mine.items[0].id}`);
    }
    return redirectTo(reply, '/app/portfolio');
  }

  @Get('login')
  @Public()
  async loginForm(@Query('next') next: unknown, @Res() reply: FastifyReply): Promise<void> {
    await reply.view('login', { ...pageContext(reply, null, 'Sign in'), next: safeNext(next), state: null });
  }

  @Post('login')
  @Public()
  async login(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const values = { email: text(body.email) };
    try {
      const input = await validated(LoginDto, { email: text(body.email).trim(), password: text(body.password) });
      const session = await this.auth.login(input.email, input.password, signInContextOf(request));
      setSessionCookie(reply, session.accessToken, this.config);
      setDeviceCookie(reply, session.deviceToken, this.config);
      return redirectTo(reply, safeNext(body.next));
    } catch (error) {
      const state = refusal('login', error, values);
      await reply.status(state.status).view('login', { ...pageContext(reply, null, 'Sign in'), next: safeNext(body.next), state });
    }
  }

  /** Ends the server session too, not only the cookie: a copy of the token stops working as well. */
  @Post('logout')
  @Public()
  async logout(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.auth.logoutToken(sessionTokenOf(request), String(request.id));
    clearSessionCookie(reply);
    return redirectTo(reply, '/app/login');
  }

  @Get('password')
  @Auth()
  async passwordForm(@CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    await reply.view('password', { ...pageContext(reply, actor, 'Change password'), state: null });
  }

  @Post('password')
  @Auth()
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: Record<string, unknown>,
    @ClientAddress() address: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      const input = await validated(ChangePasswordDto, { currentPassword: text(body.currentPassword), newPassword: text(body.newPassword) });
      await this.auth.changePassword(actor, input.currentPassword, input.newPassword, address);
      return redirectTo(reply, '/app/password', 'Your password is changed. Your other sessions are signed out.');
    } catch (error) {
      // Passwords are never sent back into the page.
      const state = refusal('password', error, {});
      await reply.status(state.status).view('password', { ...pageContext(reply, actor, 'Change password'), state });
    }
  }
}
