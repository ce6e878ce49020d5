import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import '../common/graphql-enums.js';
import { AppExceptionFilter } from '../common/exception.filter.js';
import { formatGraphQLError } from '../common/format-error.js';
import type { GraphQLContext } from '../common/request-context.js';
import { dataSourceOptions } from '../database/data-source.js';
import { AssistanceRequestsModule } from '../modules/assistance-requests/assistance-requests.module.js';
import { ActivitiesModule } from '../modules/activities/activities.module.js';
import { DecisionsModule } from '../modules/decisions/decisions.module.js';
import { WorkPlansModule } from '../modules/work-plans/work-plans.module.js';
import { GovernanceModule } from '../modules/governance/governance.module.js';
import { FundingModule } from '../modules/funding/funding.module.js';
import { ProjectsModule } from '../modules/projects/projects.module.js';
import { ReportsModule } from '../modules/reports/reports.module.js';
import { SearchModule } from '../modules/search/search.module.js';
import { AttachmentsModule } from '../modules/attachments/attachments.module.js';
import { AuditModule } from '../modules/audit/audit.module.js';
import { AuthModule } from '../modules/auth/auth.module.js';
import { DiscussionsModule } from '../modules/discussions/discussions.module.js';
import { HealthModule } from '../modules/health/health.module.js';
import { graphqlMetricsPlugin } from '../modules/metrics/graphql-metrics.plugin.js';
import { MetricsModule } from '../modules/metrics/metrics.module.js';
import { MetricsService } from '../modules/metrics/metrics.service.js';
import { InvitationsModule } from '../modules/invitations/invitations.module.js';
import { NotificationsModule } from '../modules/notifications/notifications.module.js';
import { OrganizationsModule } from '../modules/organizations/organizations.module.js';
import { RealtimeGatewayModule } from '../modules/realtime/realtime-gateway.module.js';
import { RealtimeModule } from '../modules/realtime/realtime.module.js';
import { UsersModule } from '../modules/users/users.module.js';
import { WorkspacesModule } from '../modules/workspaces/workspaces.module.js';
import { WorkingGroupsModule } from '../modules/working-groups/working-groups.module.js';
import { ViewerModule } from '../modules/viewer/viewer.module.js';
import { MyWorkModule } from '../modules/my-work/my-work.module.js';
import { LoadersFactory } from '../loaders/loaders.js';
import { LoadersModule } from '../loaders/loaders.module.js';
import { LOGGER, RUNTIME_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';

/** Tokens in a query's text, beyond which it is refused while parsing (HTTP 400, BAD_USER_INPUT). */
const MAX_TOKENS = 3000;

/** Limits on the shape of a query, so no single request can make the server do unbounded work. */
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  maxAliases: { n: 20 },
  maxDirectives: { n: 20 },
  // Tokens are counted by graphql's own parser (parseOptions below): armor's count runs in a request hook,
  // where its refusal became an HTTP 500.
  maxTokens: { enabled: false },
  // A literal `first: 100` multiplies a selection's cost by 100: sized so the web app's largest page (a
  // project with its activities, contributions and requests, with the `__typename`s Apollo adds; checked
  // by test/web-operations.test.ts) passes, while depth, aliases, tokens and the page-size clamp bound the rest.
  costLimit: { maxCost: 60000, flattenFragments: true },
  blockFieldSuggestion: { enabled: true },
});

/**
 * The HTTP status of executed operations: 200 whatever their errors (clients read the errors from the
 * body), except 503 when the database was unavailable, so that proxies and clients know to retry.
 * Answers refused before execution (parse, validation) keep Apollo's status.
 */
const executionStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !('data' in response.body.singleResult)) return;
        const unavailable = response.body.singleResult.errors?.some(
          (error) => error.extensions?.code === 'UNAVAILABLE',
        );
        response.http.status = unavailable ? 503 : 200;
        if (unavailable) response.http.headers.set('retry-after', '1');
      },
    };
  },
};

@Global()
@Module({})
class RuntimeModule {
  static register(config: RuntimeConfig, logger: Logger): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: RUNTIME_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
      ],
      exports: [RUNTIME_CONFIG, LOGGER],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig, logger: Logger): DynamicModule {
    const protection = armor.protect();
    return {
      module: AppModule,
      imports: [
        RuntimeModule.register(config, logger),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, config.databasePool),
          retryAttempts: config.nodeEnv === 'test' ? 0 : 5,
          retryDelay: 1000,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LoadersModule, MetricsModule],
          inject: [LoadersFactory, MetricsService],
          useFactory: (loaders: LoadersFactory, metrics: MetricsService) => ({
            // The schema is built in memory; `npm run schema` writes apps/api/schema.gql from the same code.
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            preserveHttpStatusForExecutionErrors: false, // executionStatus decides instead

            introspection: config.nodeEnv !== 'production',
            csrfPrevention: true,
            includeStacktraceInErrorResponses: false,
            allowBatchedHttpRequests: false,
            parseOptions: { maxTokens: MAX_TOKENS },
            // graphql-armor is typed against the CommonJS build of @apollo/server: same objects, other declarations.
            plugins: [
              ApolloServerPluginLandingPageDisabled(),
              // No cache hints are given; left on, it wraps the resolver of every field of every answer.
              ApolloServerPluginCacheControlDisabled(),
              executionStatus,
              graphqlMetricsPlugin(metrics),
              ...(protection.plugins as unknown as ApolloServerPlugin[]),
            ],
            validationRules: protection.validationRules,
            context: ({ req, res }: Pick<GraphQLContext, 'req' | 'res'>): GraphQLContext => ({
              req,
              res,
              loaders: loaders.create(),
            }),
            formatError: (formatted, error) => formatGraphQLError(formatted, error, logger),
          }),
        }),
        AuditModule,
        AuthModule,
        UsersModule,
        OrganizationsModule,
        WorkingGroupsModule,
        ViewerModule,
        MyWorkModule,
        InvitationsModule,
        NotificationsModule,
        WorkspacesModule,
        DiscussionsModule,
        AttachmentsModule,
        AssistanceRequestsModule,
        ProjectsModule,
        DecisionsModule,
        WorkPlansModule,
        GovernanceModule,
        ActivitiesModule,
        FundingModule,
        ReportsModule,
        SearchModule,
        RealtimeModule,
        RealtimeGatewayModule,
        HealthModule,
        MetricsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AppExceptionFilter }],
    };
  }
}
