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
    "\n  fragment PostFields on Post {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      name\n      organization {\n        id\n        acronym\n        name\n      }\n    }\n    reactions {\n      emoji\n      count\n      viewerReacted\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  query Thread($id: ID!, $language: Language!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      pinned\n      locked\n      classification\n      pillars\n      postCount\n      lastActivityAt\n      createdAt\n      unread\n      viewerFollows\n      workspace {\n        id\n        name\n        viewerRole\n        viewerCanPost\n        workingGroup {\n          id\n          name(language: $language)\n        }\n      }\n      posts(first: 40, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n": typeof types.PostDocument,
    "\n  query PostRevisions($id: ID!) {\n    post(id: $id) {\n      id\n      revisions {\n        id\n        bodyHtml\n        replacedAt\n      }\n    }\n  }\n": typeof types.PostRevisionsDocument,
    "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": typeof types.PreviewMarkdownDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      ...PostFields\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation ToggleReaction($input: ToggleReactionInput!) {\n    toggleReaction(input: $input) {\n      id\n      reactions {\n        emoji\n        count\n        viewerReacted\n      }\n    }\n  }\n": typeof types.ToggleReactionDocument,
    "\n  mutation SetThreadPinned($input: SetThreadFlagInput!) {\n    setThreadPinned(input: $input) {\n      id\n      pinned\n    }\n  }\n": typeof types.SetThreadPinnedDocument,
    "\n  mutation SetThreadLocked($input: SetThreadFlagInput!) {\n    setThreadLocked(input: $input) {\n      id\n      locked\n    }\n  }\n": typeof types.SetThreadLockedDocument,
    "\n  mutation FollowThread($input: SetThreadFlagInput!) {\n    followThread(input: $input) {\n      id\n      viewerFollows\n    }\n  }\n": typeof types.FollowThreadDocument,
    "\n  mutation MarkThreadRead($threadId: ID!) {\n    markThreadRead(threadId: $threadId) {\n      id\n      unread\n    }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  query InvitationPreview($token: String!, $language: Language!) {\n    invitation(token: $token) {\n      email\n      expiresAt\n      role\n      organization {\n        id\n        acronym\n        name(language: $language)\n      }\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    isOrganizationAdmin\n    createdAt\n    expiresAt\n    organization {\n      id\n      acronym\n      name(language: $language)\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  mutation InviteUser($input: InviteUserInput!, $language: Language!) {\n    inviteUser(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  query PendingInvitations($organizationId: ID, $language: Language!, $after: String) {\n    invitations(organizationId: $organizationId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    seq\n    type\n    title\n    link\n    createdAt\n    readAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query NewestNotificationSeq {\n    notifications(first: 1) {\n      edges {\n        node {\n          id\n          seq\n        }\n      }\n    }\n  }\n": typeof types.NewestNotificationSeqDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
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
    "\n  query UserOptions($search: String, $first: Int) {\n    users(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          disabled\n          organization {\n            id\n            acronym\n          }\n        }\n      }\n    }\n  }\n": typeof types.UserOptionsDocument,
    "\n  query Person($id: ID!, $language: Language!) {\n    user(id: $id) {\n      id\n      name\n      email\n      role\n      isOrganizationAdmin\n      disabled\n      organization {\n        id\n        acronym\n        kind\n        name(language: $language)\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  query WorkingGroups($language: Language!) {\n    workingGroups {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          name(language: $language)\n        }\n      }\n    }\n  }\n": typeof types.WorkingGroupsDocument,
    "\n  query WorkingGroupDetail($id: ID!, $language: Language!) {\n    workingGroup(id: $id) {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          kind\n          name(language: $language)\n        }\n      }\n    }\n  }\n": typeof types.WorkingGroupDetailDocument,
    "\n  query Workspaces($language: Language!, $after: String) {\n    workspaces(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          kind\n          visibility\n          viewerRole\n          unreadThreadCount\n          workingGroup {\n            id\n            key\n            name(language: $language)\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspacesDocument,
    "\n  query WorkspaceDetail($id: ID!, $language: Language!, $after: String) {\n    workspace(id: $id) {\n      id\n      name\n      description\n      kind\n      visibility\n      viewerRole\n      viewerCanPost\n      viewerCanManageMembers\n      unreadThreadCount\n      workingGroup {\n        id\n        key\n        name(language: $language)\n      }\n      threads(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            pinned\n            locked\n            classification\n            pillars\n            postCount\n            lastActivityAt\n            unread\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceDetailDocument,
    "\n  query WorkspaceMembers($id: ID!, $language: Language!) {\n    workspace(id: $id) {\n      id\n      visibility\n      viewerRole\n      viewerCanManageMembers\n      memberOrganizations {\n        role\n        organization {\n          id\n          acronym\n          kind\n          name(language: $language)\n        }\n      }\n      members {\n        role\n        createdAt\n        user {\n          id\n          name\n          email\n          organization {\n            id\n            acronym\n            name(language: $language)\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceMembersDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
    "\n  mutation AddWorkspaceMember($input: AddWorkspaceMemberInput!) {\n    addWorkspaceMember(input: $input) {\n      role\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AddWorkspaceMemberDocument,
    "\n  mutation RemoveWorkspaceMember($input: RemoveWorkspaceMemberInput!) {\n    removeWorkspaceMember(input: $input)\n  }\n": typeof types.RemoveWorkspaceMemberDocument,
    "\n  query WorkspaceSummary($id: ID!, $language: Language!) {\n    workspace(id: $id) {\n      id\n      name\n      viewerCanPost\n      workingGroup {\n        id\n        name(language: $language)\n      }\n    }\n  }\n": typeof types.WorkspaceSummaryDocument,
};
const documents: Documents = {
    "\n  query HomeOverview($organizationId: ID!, $language: Language!) {\n    organization(id: $organizationId) {\n      id\n      acronym\n      name(language: $language)\n    }\n    entities: organizations(filter: { kind: COMPACT_ENTITY }, first: 1) {\n      totalCount\n    }\n    states: organizations(filter: { kind: MEMBER_STATE }, first: 1) {\n      totalCount\n    }\n    workingGroups {\n      id\n    }\n    users(first: 1) {\n      totalCount\n    }\n  }\n": types.HomeOverviewDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    name\n    role\n    isOrganizationAdmin\n    preferredLanguage\n    organization {\n      id\n      acronym\n      kind\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      expiresAt\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  fragment PostFields on Post {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      name\n      organization {\n        id\n        acronym\n        name\n      }\n    }\n    reactions {\n      emoji\n      count\n      viewerReacted\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  query Thread($id: ID!, $language: Language!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      pinned\n      locked\n      classification\n      pillars\n      postCount\n      lastActivityAt\n      createdAt\n      unread\n      viewerFollows\n      workspace {\n        id\n        name\n        viewerRole\n        viewerCanPost\n        workingGroup {\n          id\n          name(language: $language)\n        }\n      }\n      posts(first: 40, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n": types.PostDocument,
    "\n  query PostRevisions($id: ID!) {\n    post(id: $id) {\n      id\n      revisions {\n        id\n        bodyHtml\n        replacedAt\n      }\n    }\n  }\n": types.PostRevisionsDocument,
    "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": types.PreviewMarkdownDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateThreadDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.UpdatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      ...PostFields\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation ToggleReaction($input: ToggleReactionInput!) {\n    toggleReaction(input: $input) {\n      id\n      reactions {\n        emoji\n        count\n        viewerReacted\n      }\n    }\n  }\n": types.ToggleReactionDocument,
    "\n  mutation SetThreadPinned($input: SetThreadFlagInput!) {\n    setThreadPinned(input: $input) {\n      id\n      pinned\n    }\n  }\n": types.SetThreadPinnedDocument,
    "\n  mutation SetThreadLocked($input: SetThreadFlagInput!) {\n    setThreadLocked(input: $input) {\n      id\n      locked\n    }\n  }\n": types.SetThreadLockedDocument,
    "\n  mutation FollowThread($input: SetThreadFlagInput!) {\n    followThread(input: $input) {\n      id\n      viewerFollows\n    }\n  }\n": types.FollowThreadDocument,
    "\n  mutation MarkThreadRead($threadId: ID!) {\n    markThreadRead(threadId: $threadId) {\n      id\n      unread\n    }\n  }\n": types.MarkThreadReadDocument,
    "\n  query InvitationPreview($token: String!, $language: Language!) {\n    invitation(token: $token) {\n      email\n      expiresAt\n      role\n      organization {\n        id\n        acronym\n        name(language: $language)\n      }\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    isOrganizationAdmin\n    createdAt\n    expiresAt\n    organization {\n      id\n      acronym\n      name(language: $language)\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  mutation InviteUser($input: InviteUserInput!, $language: Language!) {\n    inviteUser(input: $input) {\n      acceptUrl\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  query PendingInvitations($organizationId: ID, $language: Language!, $after: String) {\n    invitations(organizationId: $organizationId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    seq\n    type\n    title\n    link\n    createdAt\n    readAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query NewestNotificationSeq {\n    notifications(first: 1) {\n      edges {\n        node {\n          id\n          seq\n        }\n      }\n    }\n  }\n": types.NewestNotificationSeqDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
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
    "\n  query UserOptions($search: String, $first: Int) {\n    users(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          disabled\n          organization {\n            id\n            acronym\n          }\n        }\n      }\n    }\n  }\n": types.UserOptionsDocument,
    "\n  query Person($id: ID!, $language: Language!) {\n    user(id: $id) {\n      id\n      name\n      email\n      role\n      isOrganizationAdmin\n      disabled\n      organization {\n        id\n        acronym\n        kind\n        name(language: $language)\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  query WorkingGroups($language: Language!) {\n    workingGroups {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          name(language: $language)\n        }\n      }\n    }\n  }\n": types.WorkingGroupsDocument,
    "\n  query WorkingGroupDetail($id: ID!, $language: Language!) {\n    workingGroup(id: $id) {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          kind\n          name(language: $language)\n        }\n      }\n    }\n  }\n": types.WorkingGroupDetailDocument,
    "\n  query Workspaces($language: Language!, $after: String) {\n    workspaces(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          kind\n          visibility\n          viewerRole\n          unreadThreadCount\n          workingGroup {\n            id\n            key\n            name(language: $language)\n          }\n        }\n      }\n    }\n  }\n": types.WorkspacesDocument,
    "\n  query WorkspaceDetail($id: ID!, $language: Language!, $after: String) {\n    workspace(id: $id) {\n      id\n      name\n      description\n      kind\n      visibility\n      viewerRole\n      viewerCanPost\n      viewerCanManageMembers\n      unreadThreadCount\n      workingGroup {\n        id\n        key\n        name(language: $language)\n      }\n      threads(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            pinned\n            locked\n            classification\n            pillars\n            postCount\n            lastActivityAt\n            unread\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceDetailDocument,
    "\n  query WorkspaceMembers($id: ID!, $language: Language!) {\n    workspace(id: $id) {\n      id\n      visibility\n      viewerRole\n      viewerCanManageMembers\n      memberOrganizations {\n        role\n        organization {\n          id\n          acronym\n          kind\n          name(language: $language)\n        }\n      }\n      members {\n        role\n        createdAt\n        user {\n          id\n          name\n          email\n          organization {\n            id\n            acronym\n            name(language: $language)\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceMembersDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateWorkspaceDocument,
    "\n  mutation AddWorkspaceMember($input: AddWorkspaceMemberInput!) {\n    addWorkspaceMember(input: $input) {\n      role\n      user {\n        id\n      }\n    }\n  }\n": types.AddWorkspaceMemberDocument,
    "\n  mutation RemoveWorkspaceMember($input: RemoveWorkspaceMemberInput!) {\n    removeWorkspaceMember(input: $input)\n  }\n": types.RemoveWorkspaceMemberDocument,
    "\n  query WorkspaceSummary($id: ID!, $language: Language!) {\n    workspace(id: $id) {\n      id\n      name\n      viewerCanPost\n      workingGroup {\n        id\n        name(language: $language)\n      }\n    }\n  }\n": types.WorkspaceSummaryDocument,
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
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      name\n      organization {\n        id\n        acronym\n        name\n      }\n    }\n    reactions {\n      emoji\n      count\n      viewerReacted\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      name\n      organization {\n        id\n        acronym\n        name\n      }\n    }\n    reactions {\n      emoji\n      count\n      viewerReacted\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($id: ID!, $language: Language!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      pinned\n      locked\n      classification\n      pillars\n      postCount\n      lastActivityAt\n      createdAt\n      unread\n      viewerFollows\n      workspace {\n        id\n        name\n        viewerRole\n        viewerCanPost\n        workingGroup {\n          id\n          name(language: $language)\n        }\n      }\n      posts(first: 40, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($id: ID!, $language: Language!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      pinned\n      locked\n      classification\n      pillars\n      postCount\n      lastActivityAt\n      createdAt\n      unread\n      viewerFollows\n      workspace {\n        id\n        name\n        viewerRole\n        viewerCanPost\n        workingGroup {\n          id\n          name(language: $language)\n        }\n      }\n      posts(first: 40, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PostFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostRevisions($id: ID!) {\n    post(id: $id) {\n      id\n      revisions {\n        id\n        bodyHtml\n        replacedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostRevisions($id: ID!) {\n    post(id: $id) {\n      id\n      revisions {\n        id\n        bodyHtml\n        replacedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"): (typeof documents)["\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ToggleReaction($input: ToggleReactionInput!) {\n    toggleReaction(input: $input) {\n      id\n      reactions {\n        emoji\n        count\n        viewerReacted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ToggleReaction($input: ToggleReactionInput!) {\n    toggleReaction(input: $input) {\n      id\n      reactions {\n        emoji\n        count\n        viewerReacted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetThreadPinned($input: SetThreadFlagInput!) {\n    setThreadPinned(input: $input) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation SetThreadPinned($input: SetThreadFlagInput!) {\n    setThreadPinned(input: $input) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetThreadLocked($input: SetThreadFlagInput!) {\n    setThreadLocked(input: $input) {\n      id\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation SetThreadLocked($input: SetThreadFlagInput!) {\n    setThreadLocked(input: $input) {\n      id\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowThread($input: SetThreadFlagInput!) {\n    followThread(input: $input) {\n      id\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation FollowThread($input: SetThreadFlagInput!) {\n    followThread(input: $input) {\n      id\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($threadId: ID!) {\n    markThreadRead(threadId: $threadId) {\n      id\n      unread\n    }\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($threadId: ID!) {\n    markThreadRead(threadId: $threadId) {\n      id\n      unread\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    seq\n    type\n    title\n    link\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    seq\n    type\n    title\n    link\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewestNotificationSeq {\n    notifications(first: 1) {\n      edges {\n        node {\n          id\n          seq\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewestNotificationSeq {\n    notifications(first: 1) {\n      edges {\n        node {\n          id\n          seq\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
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
export function graphql(source: "\n  query UserOptions($search: String, $first: Int) {\n    users(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          disabled\n          organization {\n            id\n            acronym\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserOptions($search: String, $first: Int) {\n    users(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          disabled\n          organization {\n            id\n            acronym\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!, $language: Language!) {\n    user(id: $id) {\n      id\n      name\n      email\n      role\n      isOrganizationAdmin\n      disabled\n      organization {\n        id\n        acronym\n        kind\n        name(language: $language)\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!, $language: Language!) {\n    user(id: $id) {\n      id\n      name\n      email\n      role\n      isOrganizationAdmin\n      disabled\n      organization {\n        id\n        acronym\n        kind\n        name(language: $language)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroups($language: Language!) {\n    workingGroups {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          name(language: $language)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroups($language: Language!) {\n    workingGroups {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          name(language: $language)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroupDetail($id: ID!, $language: Language!) {\n    workingGroup(id: $id) {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          kind\n          name(language: $language)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroupDetail($id: ID!, $language: Language!) {\n    workingGroup(id: $id) {\n      id\n      key\n      kind\n      confirmed\n      name(language: $language)\n      memberships {\n        role\n        organization {\n          id\n          acronym\n          kind\n          name(language: $language)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workspaces($language: Language!, $after: String) {\n    workspaces(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          kind\n          visibility\n          viewerRole\n          unreadThreadCount\n          workingGroup {\n            id\n            key\n            name(language: $language)\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Workspaces($language: Language!, $after: String) {\n    workspaces(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          kind\n          visibility\n          viewerRole\n          unreadThreadCount\n          workingGroup {\n            id\n            key\n            name(language: $language)\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceDetail($id: ID!, $language: Language!, $after: String) {\n    workspace(id: $id) {\n      id\n      name\n      description\n      kind\n      visibility\n      viewerRole\n      viewerCanPost\n      viewerCanManageMembers\n      unreadThreadCount\n      workingGroup {\n        id\n        key\n        name(language: $language)\n      }\n      threads(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            pinned\n            locked\n            classification\n            pillars\n            postCount\n            lastActivityAt\n            unread\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceDetail($id: ID!, $language: Language!, $after: String) {\n    workspace(id: $id) {\n      id\n      name\n      description\n      kind\n      visibility\n      viewerRole\n      viewerCanPost\n      viewerCanManageMembers\n      unreadThreadCount\n      workingGroup {\n        id\n        key\n        name(language: $language)\n      }\n      threads(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            pinned\n            locked\n            classification\n            pillars\n            postCount\n            lastActivityAt\n            unread\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceMembers($id: ID!, $language: Language!) {\n    workspace(id: $id) {\n      id\n      visibility\n      viewerRole\n      viewerCanManageMembers\n      memberOrganizations {\n        role\n        organization {\n          id\n          acronym\n          kind\n          name(language: $language)\n        }\n      }\n      members {\n        role\n        createdAt\n        user {\n          id\n          name\n          email\n          organization {\n            id\n            acronym\n            name(language: $language)\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceMembers($id: ID!, $language: Language!) {\n    workspace(id: $id) {\n      id\n      visibility\n      viewerRole\n      viewerCanManageMembers\n      memberOrganizations {\n        role\n        organization {\n          id\n          acronym\n          kind\n          name(language: $language)\n        }\n      }\n      members {\n        role\n        createdAt\n        user {\n          id\n          name\n          email\n          organization {\n            id\n            acronym\n            name(language: $language)\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkspaceMember($input: AddWorkspaceMemberInput!) {\n    addWorkspaceMember(input: $input) {\n      role\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddWorkspaceMember($input: AddWorkspaceMemberInput!) {\n    addWorkspaceMember(input: $input) {\n      role\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWorkspaceMember($input: RemoveWorkspaceMemberInput!) {\n    removeWorkspaceMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveWorkspaceMember($input: RemoveWorkspaceMemberInput!) {\n    removeWorkspaceMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceSummary($id: ID!, $language: Language!) {\n    workspace(id: $id) {\n      id\n      name\n      viewerCanPost\n      workingGroup {\n        id\n        name(language: $language)\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceSummary($id: ID!, $language: Language!) {\n    workspace(id: $id) {\n      id\n      name\n      viewerCanPost\n      workingGroup {\n        id\n        name(language: $language)\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;