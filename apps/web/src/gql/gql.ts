/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query HomeOverview($organizationId: ID!, $language: Language!) {\n    organization(id: $organizationId) {\n      id\n      acronym\n      name(language: $language)\n    }\n    entities: organizations(filter: { kind: COMPACT_ENTITY }, first: 1) {\n      totalCount\n    }\n    states: organizations(filter: { kind: MEMBER_STATE }, first: 1) {\n      totalCount\n    }\n    workingGroups {\n      id\n    }\n    users(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeOverviewDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n    isOrganizationAdmin\n    preferredLanguage\n    organization {\n      id\n      acronym\n      kind\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      expiresAt\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query InvitationPreview($token: String!, $language: Language!) {\n    invitation(token: $token) {\n      email\n      expiresAt\n      role\n      organization {\n        id\n        acronym\n        name(language: $language)\n      }\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    isOrganizationAdmin\n    createdAt\n    expiresAt\n    organization {\n      id\n      acronym\n      name(language: $language)\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  mutation InviteUser($input: InviteUserInput!, $language: Language!) {\n    inviteUser(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  query PendingInvitations($organizationId: ID, $language: Language!, $after: String) {\n    invitations(organizationId: $organizationId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  query CompactEntities($language: Language!, $search: String, $after: String) {\n    organizations(filter: { kind: COMPACT_ENTITY, search: $search }, first: 100, after: $after, language: $language) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          acronym\n          name(language: $language)\n          entityType\n          status\n          confirmed\n        }\n      }\n    }\n  }\n": typeof types.CompactEntitiesDocument,
    "\n  query MemberStates($language: Language!, $search: String, $after: String) {\n    organizations(filter: { kind: MEMBER_STATE, search: $search }, first: 100, after: $after, language: $language) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name(language: $language)\n          countryCode\n          regionalGroup\n          confirmed\n        }\n      }\n    }\n  }\n": typeof types.MemberStatesDocument,
    "\n  query OrganizationDetail($id: ID!, $language: Language!) {\n    organization(id: $id) {\n      id\n      acronym\n      name(language: $language)\n      kind\n      entityType\n      status\n      confirmed\n      countryCode\n      regionalGroup\n      joinedAt\n      leftAt\n      note\n      workingGroups {\n        role\n        workingGroup {\n          id\n          key\n          name(language: $language)\n        }\n      }\n    }\n  }\n": typeof types.OrganizationDetailDocument,
    "\n  query OrganizationPeople($organizationId: ID!) {\n    users(filter: { organizationId: $organizationId }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          isOrganizationAdmin\n          disabled\n        }\n      }\n    }\n  }\n": typeof types.OrganizationPeopleDocument,
    "\n  query OrganizationOptions($language: Language!, $search: String) {\n    organizations(filter: { search: $search }, first: 30, language: $language) {\n      edges {\n        node {\n          id\n          acronym\n          name(language: $language)\n          kind\n        }\n      }\n    }\n  }\n": typeof types.OrganizationOptionsDocument,
    "\n  query OrganizationSummary($id: ID!, $language: Language!) {\n    organization(id: $id) {\n      id\n      acronym\n      kind\n      name(language: $language)\n    }\n  }\n": typeof types.OrganizationSummaryDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      preferredLanguage\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query People($language: Language!, $search: String, $organizationId: ID, $role: PlatformRole, $after: String) {\n    users(filter: { search: $search, organizationId: $organizationId, role: $role }, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          isOrganizationAdmin\n          disabled\n          lastSignInAt\n          organization {\n            id\n            acronym\n            kind\n            name(language: $language)\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n      isOrganizationAdmin\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n      disabledAt\n    }\n  }\n": typeof types.SetUserDisabledDocument,
    "\n  query WorkingGroups($language: Language!) {\n    workingGroups {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          name(language: $language)\n        }\n      }\n    }\n  }\n": typeof types.WorkingGroupsDocument,
    "\n  query WorkingGroupDetail($id: ID!, $language: Language!) {\n    workingGroup(id: $id) {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          kind\n          name(language: $language)\n        }\n      }\n    }\n  }\n": typeof types.WorkingGroupDetailDocument,
};
const documents: Documents = {
    "\n  query HomeOverview($organizationId: ID!, $language: Language!) {\n    organization(id: $organizationId) {\n      id\n      acronym\n      name(language: $language)\n    }\n    entities: organizations(filter: { kind: COMPACT_ENTITY }, first: 1) {\n      totalCount\n    }\n    states: organizations(filter: { kind: MEMBER_STATE }, first: 1) {\n      totalCount\n    }\n    workingGroups {\n      id\n    }\n    users(first: 1) {\n      totalCount\n    }\n  }\n": types.HomeOverviewDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n    isOrganizationAdmin\n    preferredLanguage\n    organization {\n      id\n      acronym\n      kind\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      expiresAt\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query InvitationPreview($token: String!, $language: Language!) {\n    invitation(token: $token) {\n      email\n      expiresAt\n      role\n      organization {\n        id\n        acronym\n        name(language: $language)\n      }\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    isOrganizationAdmin\n    createdAt\n    expiresAt\n    organization {\n      id\n      acronym\n      name(language: $language)\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  mutation InviteUser($input: InviteUserInput!, $language: Language!) {\n    inviteUser(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  query PendingInvitations($organizationId: ID, $language: Language!, $after: String) {\n    invitations(organizationId: $organizationId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  query CompactEntities($language: Language!, $search: String, $after: String) {\n    organizations(filter: { kind: COMPACT_ENTITY, search: $search }, first: 100, after: $after, language: $language) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          acronym\n          name(language: $language)\n          entityType\n          status\n          confirmed\n        }\n      }\n    }\n  }\n": types.CompactEntitiesDocument,
    "\n  query MemberStates($language: Language!, $search: String, $after: String) {\n    organizations(filter: { kind: MEMBER_STATE, search: $search }, first: 100, after: $after, language: $language) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name(language: $language)\n          countryCode\n          regionalGroup\n          confirmed\n        }\n      }\n    }\n  }\n": types.MemberStatesDocument,
    "\n  query OrganizationDetail($id: ID!, $language: Language!) {\n    organization(id: $id) {\n      id\n      acronym\n      name(language: $language)\n      kind\n      entityType\n      status\n      confirmed\n      countryCode\n      regionalGroup\n      joinedAt\n      leftAt\n      note\n      workingGroups {\n        role\n        workingGroup {\n          id\n          key\n          name(language: $language)\n        }\n      }\n    }\n  }\n": types.OrganizationDetailDocument,
    "\n  query OrganizationPeople($organizationId: ID!) {\n    users(filter: { organizationId: $organizationId }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          isOrganizationAdmin\n          disabled\n        }\n      }\n    }\n  }\n": types.OrganizationPeopleDocument,
    "\n  query OrganizationOptions($language: Language!, $search: String) {\n    organizations(filter: { search: $search }, first: 30, language: $language) {\n      edges {\n        node {\n          id\n          acronym\n          name(language: $language)\n          kind\n        }\n      }\n    }\n  }\n": types.OrganizationOptionsDocument,
    "\n  query OrganizationSummary($id: ID!, $language: Language!) {\n    organization(id: $id) {\n      id\n      acronym\n      kind\n      name(language: $language)\n    }\n  }\n": types.OrganizationSummaryDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      preferredLanguage\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query People($language: Language!, $search: String, $organizationId: ID, $role: PlatformRole, $after: String) {\n    users(filter: { search: $search, organizationId: $organizationId, role: $role }, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          isOrganizationAdmin\n          disabled\n          lastSignInAt\n          organization {\n            id\n            acronym\n            kind\n            name(language: $language)\n          }\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n      isOrganizationAdmin\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n      disabledAt\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  query WorkingGroups($language: Language!) {\n    workingGroups {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          name(language: $language)\n        }\n      }\n    }\n  }\n": types.WorkingGroupsDocument,
    "\n  query WorkingGroupDetail($id: ID!, $language: Language!) {\n    workingGroup(id: $id) {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          kind\n          name(language: $language)\n        }\n      }\n    }\n  }\n": types.WorkingGroupDetailDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOverview($organizationId: ID!, $language: Language!) {\n    organization(id: $organizationId) {\n      id\n      acronym\n      name(language: $language)\n    }\n    entities: organizations(filter: { kind: COMPACT_ENTITY }, first: 1) {\n      totalCount\n    }\n    states: organizations(filter: { kind: MEMBER_STATE }, first: 1) {\n      totalCount\n    }\n    workingGroups {\n      id\n    }\n    users(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomeOverview($organizationId: ID!, $language: Language!) {\n    organization(id: $organizationId) {\n      id\n      acronym\n      name(language: $language)\n    }\n    entities: organizations(filter: { kind: COMPACT_ENTITY }, first: 1) {\n      totalCount\n    }\n    states: organizations(filter: { kind: MEMBER_STATE }, first: 1) {\n      totalCount\n    }\n    workingGroups {\n      id\n    }\n    users(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n    isOrganizationAdmin\n    preferredLanguage\n    organization {\n      id\n      acronym\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n    isOrganizationAdmin\n    preferredLanguage\n    organization {\n      id\n      acronym\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!, $language: Language!) {\n    invitation(token: $token) {\n      email\n      expiresAt\n      role\n      organization {\n        id\n        acronym\n        name(language: $language)\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!, $language: Language!) {\n    invitation(token: $token) {\n      email\n      expiresAt\n      role\n      organization {\n        id\n        acronym\n        name(language: $language)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    isOrganizationAdmin\n    createdAt\n    expiresAt\n    organization {\n      id\n      acronym\n      name(language: $language)\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    isOrganizationAdmin\n    createdAt\n    expiresAt\n    organization {\n      id\n      acronym\n      name(language: $language)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!, $language: Language!) {\n    inviteUser(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!, $language: Language!) {\n    inviteUser(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($organizationId: ID, $language: Language!, $after: String) {\n    invitations(organizationId: $organizationId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($organizationId: ID, $language: Language!, $after: String) {\n    invitations(organizationId: $organizationId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompactEntities($language: Language!, $search: String, $after: String) {\n    organizations(filter: { kind: COMPACT_ENTITY, search: $search }, first: 100, after: $after, language: $language) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          acronym\n          name(language: $language)\n          entityType\n          status\n          confirmed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompactEntities($language: Language!, $search: String, $after: String) {\n    organizations(filter: { kind: COMPACT_ENTITY, search: $search }, first: 100, after: $after, language: $language) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          acronym\n          name(language: $language)\n          entityType\n          status\n          confirmed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberStates($language: Language!, $search: String, $after: String) {\n    organizations(filter: { kind: MEMBER_STATE, search: $search }, first: 100, after: $after, language: $language) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name(language: $language)\n          countryCode\n          regionalGroup\n          confirmed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberStates($language: Language!, $search: String, $after: String) {\n    organizations(filter: { kind: MEMBER_STATE, search: $search }, first: 100, after: $after, language: $language) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name(language: $language)\n          countryCode\n          regionalGroup\n          confirmed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDetail($id: ID!, $language: Language!) {\n    organization(id: $id) {\n      id\n      acronym\n      name(language: $language)\n      kind\n      entityType\n      status\n      confirmed\n      countryCode\n      regionalGroup\n      joinedAt\n      leftAt\n      note\n      workingGroups {\n        role\n        workingGroup {\n          id\n          key\n          name(language: $language)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDetail($id: ID!, $language: Language!) {\n    organization(id: $id) {\n      id\n      acronym\n      name(language: $language)\n      kind\n      entityType\n      status\n      confirmed\n      countryCode\n      regionalGroup\n      joinedAt\n      leftAt\n      note\n      workingGroups {\n        role\n        workingGroup {\n          id\n          key\n          name(language: $language)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPeople($organizationId: ID!) {\n    users(filter: { organizationId: $organizationId }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          isOrganizationAdmin\n          disabled\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationPeople($organizationId: ID!) {\n    users(filter: { organizationId: $organizationId }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          isOrganizationAdmin\n          disabled\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationOptions($language: Language!, $search: String) {\n    organizations(filter: { search: $search }, first: 30, language: $language) {\n      edges {\n        node {\n          id\n          acronym\n          name(language: $language)\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationOptions($language: Language!, $search: String) {\n    organizations(filter: { search: $search }, first: 30, language: $language) {\n      edges {\n        node {\n          id\n          acronym\n          name(language: $language)\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationSummary($id: ID!, $language: Language!) {\n    organization(id: $id) {\n      id\n      acronym\n      kind\n      name(language: $language)\n    }\n  }\n"): (typeof documents)["\n  query OrganizationSummary($id: ID!, $language: Language!) {\n    organization(id: $id) {\n      id\n      acronym\n      kind\n      name(language: $language)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      preferredLanguage\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      preferredLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($language: Language!, $search: String, $organizationId: ID, $role: PlatformRole, $after: String) {\n    users(filter: { search: $search, organizationId: $organizationId, role: $role }, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          isOrganizationAdmin\n          disabled\n          lastSignInAt\n          organization {\n            id\n            acronym\n            kind\n            name(language: $language)\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($language: Language!, $search: String, $organizationId: ID, $role: PlatformRole, $after: String) {\n    users(filter: { search: $search, organizationId: $organizationId, role: $role }, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          isOrganizationAdmin\n          disabled\n          lastSignInAt\n          organization {\n            id\n            acronym\n            kind\n            name(language: $language)\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n      isOrganizationAdmin\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n      isOrganizationAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n      disabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n      disabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroups($language: Language!) {\n    workingGroups {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          name(language: $language)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroups($language: Language!) {\n    workingGroups {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          name(language: $language)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroupDetail($id: ID!, $language: Language!) {\n    workingGroup(id: $id) {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          kind\n          name(language: $language)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroupDetail($id: ID!, $language: Language!) {\n    workingGroup(id: $id) {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          kind\n          name(language: $language)\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;