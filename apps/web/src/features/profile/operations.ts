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
