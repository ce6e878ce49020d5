interface OrganizationsResult {
  organizations: { edges: readonly unknown[] };
}

/** `updateQuery` for fetchMore: the next page's edges after the ones already shown. */
export function appendOrganizationsPage<T extends OrganizationsResult>(
  previous: T,
  { fetchMoreResult }: { fetchMoreResult: T },
): T {
  const merged = {
    ...fetchMoreResult,
    organizations: {
      ...fetchMoreResult.organizations,
      edges: [...previous.organizations.edges, ...fetchMoreResult.organizations.edges],
    },
  };
  return merged as T;
}
