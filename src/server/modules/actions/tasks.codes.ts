/** Code lists of tasks (DOMAIN.md § 11.6), with Danish labels. Imported by the web app too. */
export const TASK_STATUSES = ['AABEN', 'UDFOERT', 'IKKE_MULIG', 'IKKE_UDFOERT', 'ANNULLERET'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** What a user may set: ANNULLERET is only what older tasks may carry. */
export const SETTABLE_TASK_STATUSES = ['AABEN', 'UDFOERT', 'IKKE_MULIG', 'IKKE_UDFOERT'] as const;
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  AABEN: 'Åben',
  UDFOERT: 'Udført',
  IKKE_MULIG: 'Ikke mulig (forholdene ændret)',
  IKKE_UDFOERT: 'Ikke udført af den ansvarlige',
  ANNULLERET: 'Annulleret',
};

/** Where a task came from. FAKTOR is a "who gathers what" task from an assessment's factor. */
export const TASK_SOURCE_TYPES = ['ANBEFALING', 'SCENARIE_FORANSTALTNING', 'FAKTOR', 'HANDLINGSKORT', 'MANUEL'] as const;
export type TaskSourceType = (typeof TASK_SOURCE_TYPES)[number];
export const TASK_SOURCE_LABELS: Record<TaskSourceType, string> = {
  ANBEFALING: 'Anbefaling i risikovurdering',
  SCENARIE_FORANSTALTNING: 'Foranstaltning i et scenarie',
  FAKTOR: 'Hvem indhenter hvad (faktor)',
  HANDLINGSKORT: 'Handlekort',
  MANUEL: 'Oprettet manuelt',
};
