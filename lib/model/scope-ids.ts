// The id patterns of mappable scopes as plain values: tracker adapters use them when the
// sidebar bundle loads, without building the scope schemas.

/** Project keys like `ACME` or `A1B` (Jira's rule: a letter, then letters, digits or `_`). */
export const JIRA_PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;
/** Asana gids are decimal numbers. */
export const ASANA_GID = /^\d{1,30}$/;
/** Trello board short links are 8 alphanumerics. */
export const TRELLO_SHORT_LINK = /^[A-Za-z0-9]{8}$/;
