/** Where the web app sends a session held at a setup step (the server allows nothing else until it is done). */
export const setupPath = (step: 'password_change' | 'mfa_enrolment') =>
  step === 'password_change' ? '/min-profil/skift-adgangskode' : '/min-profil/totrin';
