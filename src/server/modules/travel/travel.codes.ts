/**
 * Code lists of travel cases (DOMAIN.md § 7 and § 11.7, seed 001), with their Danish labels: the one source, the
 * web imports them from here.
 */

/** API.md "Travel": before, during and after a stay abroad. */
export const TRAVEL_PHASES = ['FOER', 'UNDER', 'EFTER'] as const;
export type TravelPhase = (typeof TRAVEL_PHASES)[number];
export const TRAVEL_PHASE_LABELS: Record<TravelPhase, string> = {
  FOER: 'Før rejsen',
  UNDER: 'Under opholdet (borgeren er i udlandet)',
  EFTER: 'Efter hjemkomst',
};

/** What the citizen fears will happen during the stay (seed 001's list); ANDET with free text. */
export const TRAVEL_FEARS = ['SKOLEGANG_UDLAND', 'UDEN_SKOLEGANG', 'TVANGSAEGTESKAB', 'OMSKAERING', 'FRIHEDSBEROEVELSE', 'FRATAGELSE_PRIVATLIV', 'OVERGREB', 'ANDET'] as const;
export type TravelFear = (typeof TRAVEL_FEARS)[number];
export const TRAVEL_FEAR_LABELS: Record<TravelFear, string> = {
  SKOLEGANG_UDLAND: 'At skulle gå i skole i udlandet',
  UDEN_SKOLEGANG: 'At skulle opholde sig i udlandet uden skolegang',
  TVANGSAEGTESKAB: 'Tvangsægteskab eller forlovelse',
  OMSKAERING: 'Omskæring',
  FRIHEDSBEROEVELSE: 'Frihedsberøvelse',
  FRATAGELSE_PRIVATLIV: 'Fratagelse af privatliv',
  OVERGREB: 'Overgreb',
  ANDET: 'Andet',
};

/** Whose passport or citizenship: the citizen's own, or a parent's (the right of re-entry of a minor). */
export const PASSPORT_HOLDERS = ['BORGER', 'MOR', 'FAR', 'ANDEN'] as const;
export type PassportHolder = (typeof PASSPORT_HOLDERS)[number];
export const PASSPORT_HOLDER_LABELS: Record<PassportHolder, string> = { BORGER: 'Borgeren', MOR: 'Mor', FAR: 'Far', ANDEN: 'Anden forælder/værge' };

/** API.md: the authorities a contact is logged with. */
export const TRAVEL_AUTHORITIES = ['POLITI', 'UDENRIGSMINISTERIET', 'UDLAENDINGESTYRELSEN', 'AMBASSADE', 'ANDET'] as const;
export type TravelAuthority = (typeof TRAVEL_AUTHORITIES)[number];
export const TRAVEL_AUTHORITY_LABELS: Record<TravelAuthority, string> = {
  POLITI: 'Politiet',
  UDENRIGSMINISTERIET: 'Udenrigsministeriet (Borgerservice / Globale Vagtcenter)',
  UDLAENDINGESTYRELSEN: 'Udlændingestyrelsen',
  AMBASSADE: 'Ambassade eller konsulat',
  ANDET: 'Anden myndighed',
};

/** Udenrigsministeriet's Borgerservice / Globale Vagtcenter, 24/7 (DOMAIN.md § 7). */
export const GLOBALE_VAGTCENTER = { name: 'Udenrigsministeriet, Borgerservice / Globale Vagtcenter', phone: '+45 33 92 11 12', hours: 'døgnåbent (24/7)' } as const;

export const TRAVEL_CONTACT_CHANNELS = ['TELEFON', 'EMAIL', 'MOEDE', 'SKRIFTLIGT', 'ANDET'] as const;
export type TravelContactChannel = (typeof TRAVEL_CONTACT_CHANNELS)[number];
export const TRAVEL_CONTACT_CHANNEL_LABELS: Record<TravelContactChannel, string> = {
  TELEFON: 'Telefon', EMAIL: 'E-mail', MOEDE: 'Møde', SKRIFTLIGT: 'Brev / digital post', ANDET: 'Andet',
};

/** API.md: the kinds of attachment a travel record holds (for a later missing-person report). */
export const TRAVEL_ATTACHMENT_KINDS = ['FOTO', 'PASKOPI'] as const;
export type TravelAttachmentKind = (typeof TRAVEL_ATTACHMENT_KINDS)[number];
export const TRAVEL_ATTACHMENT_KIND_LABELS: Record<TravelAttachmentKind, string> = { FOTO: 'Nyligt foto', PASKOPI: 'Kopi af pas' };

/** Why the watch is raised: the expected return date, or an agreed check-in, passed without contact. */
export const WATCH_REASONS = ['HJEMKOMST', 'KONTAKTAFTALE'] as const;
export type WatchReason = (typeof WATCH_REASONS)[number];
export const WATCH_REASON_LABELS: Record<WatchReason, string> = {
  HJEMKOMST: 'Forventet hjemkomst er overskredet uden registreret hjemkomst eller kontakt',
  KONTAKTAFTALE: 'En aftalt kontakt med borgeren er ikke registreret',
};

/**
 * For a minor before departure (DOMAIN.md § 11.7): the steps only possible while the child is in Denmark. A
 * measure step proposes that measure type; a task step creates a task with exactly this title (so the travel
 * page can tell it is already made).
 */
export const MINOR_STEPS = ['PASINDDRAGELSE', 'LUFTHAVNSPOLITI', 'UNDERRETNING_133'] as const;
export type MinorStep = (typeof MINOR_STEPS)[number];
export const MINOR_STEP_LABELS: Record<MinorStep, string> = {
  PASINDDRAGELSE: 'Inddragelse af barnets pas (pasloven § 2, stk. 1, nr. 5–6)',
  LUFTHAVNSPOLITI: 'Underret lufthavnspolitiet om afrejsen',
  UNDERRETNING_133: 'Underret kommunen efter Barnets lov § 133',
};
export const MINOR_STEP_TASK_TITLES: Record<Exclude<MinorStep, 'PASINDDRAGELSE'>, string> = {
  LUFTHAVNSPOLITI: 'Underret lufthavnspolitiet om den planlagte afrejse',
  UNDERRETNING_133: 'Underret kommunen efter Barnets lov § 133 før afrejsen',
};

/** Udlændingeloven § 17, stk. 3: shown on every minor's travel record. */
export const RESIDENCE_PERMIT_NOTE = 'Barnets opholdstilladelse bortfalder ikke under en genopdragelsesrejse (udlændingeloven § 17, stk. 3).';
