import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Session } from './session.entity';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

/**
 * The auth module's sessions, in a module of their own so that the users module (which ends a user's sessions
 * when their password, role or activity changes) can use them without depending on the rest of auth.
 */
@Module({ imports: [TypeOrmModule.forFeature([Session])], providers: [SessionsService, SessionsRepository], exports: [SessionsService] })
export class SessionsModule {}
