import { graphql } from '../gql';

export const SessionUserFields = graphql(`
  fragment SessionUserFields on User {
    id
    email
    name
    role
    isOrganizationAdmin
    preferredLanguage
    organization {
      id
      acronym
      kind
    }
    twoFactor {
      enabled
      required
    }
  }
`);

/** What the signed-in person may do: the web offers exactly what the api's policy allows. */
export const ViewerCapabilitiesFields = graphql(`
  fragment ViewerCapabilitiesFields on ViewerCapabilities {
    createWorkspace
    requestAssistance
    triageAssistanceRequests
    offerAssistance
    createProject
    recordActivities
    recordFunding
    readReports
    manageInvitations
    inviteToAnyOrganization
    invitableRoles
    reviewMailDelivery
    editGovernanceBodies
    readAuditTrail
    verifyAuditChain
    planForAnyUnit
    planForOwnUnits
    breakGlass
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
    viewerCan {
      ...ViewerCapabilitiesFields
    }
  }
`);
