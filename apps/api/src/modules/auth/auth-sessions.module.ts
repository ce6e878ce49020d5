import { Module } from '@nestjs/common';
import { AuthSessionsService } from './auth-sessions.service.js';

/** Apart from AuthModule, which needs the users module: the users module ends sessions through it. */
@Module({
  providers: [AuthSessionsService],
  exports: [AuthSessionsService],
})
export class AuthSessionsModule {}
