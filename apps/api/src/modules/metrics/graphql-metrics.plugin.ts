import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLOperationType, MetricsService } from './metrics.service.js';

/**
 * Times each GraphQL operation by name and type, and counts the errors of its answer by code.
 *
 * Errors are counted as they are sent, after formatError has mapped each one to a code of the contract
 * (NOT_FOUND, FORBIDDEN, ...): didEncounterErrors sees them before that, with the codes of whatever
 * threw them. An operation that never parsed or validated has no type: it is timed as `unknown`.
 */
export function graphqlMetricsPlugin(metrics: MetricsService): ApolloServerPlugin {
  return {
    async requestDidStart() {
      if (!metrics.enabled) return;
      const startedAt = performance.now();
      return {
        async willSendResponse({ operationName, operation, request, response }) {
          const type: GraphQLOperationType = operation?.operation ?? 'unknown';
          const name = operationName ?? request.operationName ?? null;
          metrics.recordGraphQLOperation(name, type, (performance.now() - startedAt) / 1000);
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? [])
            metrics.recordGraphQLError(error.extensions?.code);
        },
      };
    },
  };
}
