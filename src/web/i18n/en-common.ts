/** English words shared by the whole staff app; the same shape as sv-common.ts. */
import type { svCommon } from './sv-common.ts';

export const enCommon: typeof svCommon = {
  lang: 'en',
  productName: 'Medborgarlöften',
  skipToContent: 'Skip to content',
  loading: 'Loading …',
  saving: 'Saving …',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  yes: 'Yes',
  no: 'No',
  none: '–',
  saved: 'Your changes are saved.',
  unexpectedError: 'Something went wrong. Please try again.',
  pageLoadFailed: 'The page could not be fetched. Check the connection and reload the app.',
  reloadApp: 'Reload the app',
  errorSummaryHeading: 'Correct the following to continue:',
  required: (field: string) => `Enter ${field.toLowerCase()}.`,
  chooseRequired: (field: string) => `Choose ${field.toLowerCase()}.`,
  passwordTooShort: 'The password must have at least 10 characters.',
  pageTitle: (page: string) => `${page} – Medborgarlöften`,

  language: {
    label: 'Language',
    sv: 'Svenska',
    en: 'English',
  },

  signIn: {
    title: 'Sign in',
    intro: 'Sign in to work with citizen promises, activities and follow-up.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in …',
    forgot: 'Forgot your password?',
    withOidc: (label: string) => (/^logga in/i.test(label) ? label : `Sign in with ${label}`),
    or: 'or',
    signedOut: 'You are signed out.',
    passwordChanged: 'Your password has been changed. Sign in with the new password.',
    oidcErrors: {
      oidc_failed: 'Sign-in with your organisation account failed. Try again, or sign in with e-mail and password.',
      oidc_cancelled: 'Sign-in with your organisation account was cancelled.',
      oidc_unknown_user:
        'Your organisation account is not linked to any user here. Ask an administrator to add you with the same e-mail address.',
      oidc_account_disabled: 'Your account is disabled. Contact an administrator.',
    },
    oidcErrorFallback: 'Sign-in with your organisation account failed.',
  },

  forgot: {
    title: 'Forgot your password',
    intro:
      'Enter the e-mail address of your account and we will send a link where you can choose a new password. The link is valid for one hour.',
    submit: 'Send link',
    back: 'Back to sign-in',
  },

  newPassword: {
    title: 'Choose a new password',
    intro:
      'The password must have at least 10 characters. A phrase of several words is easy to remember and hard to guess.',
    password: 'New password',
    repeat: 'Repeat the password',
    mismatch: 'The passwords do not match.',
    submit: 'Save the password',
    missingToken: 'The link lacks its code. Open the link from the e-mail again, or ask for a new one.',
    requestNew: 'Ask for a new link',
  },

  header: {
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
  },

  nav: {
    label: 'Main menu',
    overview: 'Overview',
    promises: 'Promises',
    activities: 'Activities',
    dialogue: 'Dialogue and surveys',
    situation: 'Situation picture',
    followUp: 'Follow-up',
    admin: 'Administration',
  },

  notFound: {
    title: 'Page not found',
    text: 'We found no page at that address.',
    back: 'To the overview',
  },

  roles: {
    admin: 'Administrator',
    coordinator: 'Coordinator',
    officer: 'Community police officer/case officer',
    partner: 'Partner',
    viewer: 'Reader',
    leader: 'Leadership',
  },

  kinds: {
    platform: 'Platform',
    region: 'Police region',
    police_area: 'Local police area',
    municipality: 'Municipality',
    partner: 'Partner',
  },

  partnerTypes: {
    skola: 'School',
    socialtjanst: 'Social services',
    fritidsgard: 'Youth centre',
    bostadsbolag: 'Housing company',
    raddningstjanst: 'Rescue services',
    grannsamverkan: 'Neighbourhood watch',
    naringsliv: 'Business',
    ovrig: 'Other',
  },

  admin: {
    title: 'Administration',
    subNav: 'Administration',
    organisations: 'Organisations',
    users: 'Users',
    tokens: 'API tokens',
    audit: 'Audit log',
    forbidden: 'You need to be an administrator to see this page.',
  },

  confirm: {
    title: 'Confirm',
  },
};
