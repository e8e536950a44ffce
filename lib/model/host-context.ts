import { z } from 'zod';
import { TOOLS } from './tools';

export { TOOL_LABELS, TOOLS, type Tool } from './tools';
export const toolSchema = z.lazy(() => z.enum(TOOLS));

/** Origin of a tracker site, e.g. `https://acme.atlassian.net` (no path, no trailing slash). */
export const siteSchema = z.lazy(() =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' && url.origin === value;
      } catch {
        return false;
      }
    }, 'Enter the site as https://host, for example https://acme.atlassian.net'),
);

const jiraContextSchema = z.lazy(() =>
  z.object({
    tool: z.literal('jira'),
    site: z.string(),
    /** Jira Cloud (`*.atlassian.net`) or a self-hosted Data Center / Server origin. */
    deployment: z.enum(['cloud', 'datacenter']),
    /** Path prefix of a self-hosted instance, e.g. `/jira`; empty on Cloud. */
    contextPath: z.string(),
    page: z.enum(['issue', 'board', 'backlog', 'project', 'issues', 'queue', 'other']),
    projectKey: z.string().optional(),
    issueKey: z.string().optional(),
    boardId: z.string().optional(),
  }),
);

const asanaContextSchema = z.lazy(() =>
  z.object({
    tool: z.literal('asana'),
    site: z.string(),
    page: z.enum(['task', 'project', 'other']),
    workspaceGid: z.string().optional(),
    projectGid: z.string().optional(),
    taskGid: z.string().optional(),
  }),
);

const trelloContextSchema = z.lazy(() =>
  z.object({
    tool: z.literal('trello'),
    site: z.string(),
    page: z.enum(['board', 'card']),
    boardShortLink: z.string().optional(),
    cardShortLink: z.string().optional(),
  }),
);

/** What the user is looking at in a tracker, as far as the URL tells. */
export const hostContextSchema = z.lazy(() =>
  z.discriminatedUnion('tool', [jiraContextSchema, asanaContextSchema, trelloContextSchema]),
);
export type HostContext = z.infer<typeof hostContextSchema>;
export type JiraContext = z.infer<typeof jiraContextSchema>;
export type AsanaContext = z.infer<typeof asanaContextSchema>;
export type TrelloContext = z.infer<typeof trelloContextSchema>;
