/** The demo accounts' password on the e2e server (production refuses the published one). */
export const PASSWORD = 'e2e-demo-password-2026';
