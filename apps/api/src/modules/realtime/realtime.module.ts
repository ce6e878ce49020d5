import { Global, Module } from '@nestjs/common';
import { RealtimeService } from './realtime.service.js';

/** Global so that any service can publish; the gateway (RealtimeGatewayModule) attaches the server. */
@Global()
@Module({ providers: [RealtimeService], exports: [RealtimeService] })
export class RealtimeModule {}
