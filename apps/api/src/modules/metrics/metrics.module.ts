import { Global, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { HttpMetricsMiddleware } from './http-metrics.middleware.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsService } from './metrics.service.js';
import { ScrapeTimeGauges } from './scrape-time-gauges.js';

/**
 * Prometheus metrics at GET /metrics, on when METRICS_TOKEN is set. Global so that the services that
 * count something (the realtime service) and the GraphQL module's plugin list can take MetricsService.
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [MetricsService, ScrapeTimeGauges],
  exports: [MetricsService],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
