import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../common/auth/actor';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { UsersService } from '../users/users.service';

/** ADMIN_EMAIL with ADMIN_PASSWORD: at start-up, an active admin with exactly these credentials exists. */
@Injectable()
export class AdminAccountService implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminAccount');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.admin) return;
    const admin = await this.users.ensure(SYSTEM_ACTOR, { ...this.config.admin, name: 'Administrator', role: 'admin' });
    this.logger.log(`Admin account ready: ${admin.email}`);
  }
}
