import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { PoolMonitor } from './pool-monitor.js';
import { RedisStatus } from './redis-status.js';

@Module({ controllers: [HealthController], providers: [PoolMonitor, RedisStatus], exports: [RedisStatus] })
export class HealthModule {}
