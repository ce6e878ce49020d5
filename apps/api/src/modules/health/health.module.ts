import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { PoolMonitor } from './pool-monitor.js';

@Module({ controllers: [HealthController], providers: [PoolMonitor] })
export class HealthModule {}
