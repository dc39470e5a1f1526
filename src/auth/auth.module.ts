import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createSecretKey } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { UsersModule } from '../users/users.module';
import { AdminAccountService } from './admin-account.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { resolveJwtSecret } from './jwt-secret';
import { LoginFailure } from './login-failure.entity';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordCheckLimiter } from './password-check-limiter';
import { SessionsModule } from './sessions.module';

@Module({
  imports: [
    TypeOrmModule.forFeature([LoginFailure]),
    UsersModule,
    SessionsModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A key object, made once: given a string, jsonwebtoken converts it again on every token it checks.
        secret: createSecretKey(Buffer.from(resolveJwtSecret(config), 'utf8')),
        // Issuer and audience are given per token kind (session, device) by AuthService.
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, LoginThrottleService, PasswordCheckLimiter, AdminAccountService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
