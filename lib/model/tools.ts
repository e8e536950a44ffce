/** The trackers and their names, without zod (see `host-context.ts` for the schemas). */
export const TOOLS = ['jira', 'asana', 'trello'] as const;
export type Tool = (typeof TOOLS)[number];

export const TOOL_LABELS: Record<Tool, string> = {
  jira: 'Jira',
  asana: 'Asana',
  trello: 'Trello',
};
