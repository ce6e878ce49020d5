import { graphql } from '../../gql';

export const UpdateMyProfileDocument = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      id
      name
      preferredLanguage
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

/** How often notifications not seen in the app are mailed: only on the viewer's own record. */
export const NotificationPreferencesDocument = graphql(`
  query NotificationPreferences {
    me {
      id
      notificationPreferences {
        emailFrequency
      }
    }
  }
`);

export const UpdateNotificationPreferencesDocument = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      id
      notificationPreferences {
        emailFrequency
      }
    }
  }
`);

export const TwoFactorStatusDocument = graphql(`
  query TwoFactorStatus {
    me {
      id
      twoFactor {
        enabled
        required
        recoveryCodesLeft
      }
    }
  }
`);

export const EnrollTotpDocument = graphql(`
  mutation EnrollTotp {
    enrollTotp {
      secret
      otpauthUri
    }
  }
`);

export const ConfirmTotpDocument = graphql(`
  mutation ConfirmTotp($input: TotpCodeInput!) {
    confirmTotp(input: $input) {
      recoveryCodes
    }
  }
`);

export const DisableTotpDocument = graphql(`
  mutation DisableTotp($input: TotpCodeInput!) {
    disableTotp(input: $input)
  }
`);

export const MySessionsDocument = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastUsedAt
      device
      ipAddress
      current
    }
  }
`);

export const RevokeSessionDocument = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const RevokeOtherSessionsDocument = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`);
