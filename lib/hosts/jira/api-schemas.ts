import { z } from 'zod';
import { isoDateSchema } from '../../model/record-meta';
import { jiraDateTimeSchema } from './jira-date';

// Shapes of the Jira REST responses Partner Lens reads: Cloud platform REST v3 and Data
// Center / Server REST v2. Lenient where real tenants differ: unknown fields are ignored
// (stripped), and fields a tenant may lack (components, resolution date, status ids,
// `project.simplified`) are optional. Every date-time is converted to ISO-8601 on the way in.

const nullableString = z.lazy(() => z.string().nullish());

/** `status.statusCategory.key`: `new | indeterminate | done` in real responses (checked later). */
export const jiraStatusSchema = z.lazy(() =>
  z.object({
    id: z.string().optional(),
    name: z.string(),
    statusCategory: z.object({
      key: z.string(),
      name: z.string().optional(),
    }),
  }),
);
export type JiraStatus = z.infer<typeof jiraStatusSchema>;

/**
 * Cloud users have `accountId` and an `emailAddress` that is `null` (or absent) under the
 * user's privacy settings; Data Center users have `name`/`key` instead of `accountId`.
 */
export const jiraUserSchema = z.lazy(() =>
  z.object({
    accountId: z.string().optional(),
    name: z.string().optional(),
    key: z.string().optional(),
    displayName: z.string().optional(),
    emailAddress: nullableString,
  }),
);
export type JiraUser = z.infer<typeof jiraUserSchema>;

/**
 * One changed field of a history entry. `from`/`to` hold ids (status ids for `status`) and
 * `fromString`/`toString` the display names.
 */
export const jiraChangeItemSchema = z.lazy(() =>
  z
    .object({
      field: z.string(),
      fieldId: z.string().optional(),
      fieldtype: z.string().optional(),
      from: nullableString,
      fromString: nullableString,
      to: nullableString,
      // `toString` is read leniently: when the key is absent, a plain object still answers
      // with `Object.prototype.toString`, which a string schema would reject.
      toString: z.unknown(),
    })
    .transform(({ toString, ...item }) => ({
      ...item,
      toString: typeof toString === 'string' ? toString : null,
    })),
);
export type JiraChangeItem = z.output<typeof jiraChangeItemSchema>;

/** One entry of an issue's history; one entry may change several fields at once. */
export const jiraHistorySchema = z.lazy(() =>
  z.object({
    id: z.string(),
    created: jiraDateTimeSchema,
    items: z.array(jiraChangeItemSchema),
  }),
);
export type JiraHistory = z.infer<typeof jiraHistorySchema>;

/**
 * `expand=changelog` embeds at most the 100 most recent histories on Jira Cloud;
 * `total > histories.length` tells that older ones must be fetched separately.
 */
export const jiraEmbeddedChangelogSchema = z.lazy(() =>
  z.object({
    startAt: z.number().int().optional(),
    maxResults: z.number().int().optional(),
    total: z.number().int().optional(),
    histories: z.array(jiraHistorySchema),
  }),
);
export type JiraEmbeddedChangelog = z.infer<typeof jiraEmbeddedChangelogSchema>;

export const jiraIssueFieldsSchema = z.lazy(() =>
  z.object({
    summary: z.string(),
    status: jiraStatusSchema,
    issuetype: z.object({ name: z.string() }).nullish(),
    created: jiraDateTimeSchema,
    updated: jiraDateTimeSchema.nullish(),
    resolutiondate: jiraDateTimeSchema.nullish(),
    /** Cloud only: when the status category last changed. */
    statuscategorychangedate: jiraDateTimeSchema.nullish(),
    /** A calendar date, `"2024-03-04"`, or `null`. */
    duedate: isoDateSchema.nullish(),
    assignee: jiraUserSchema.nullish(),
    labels: z.array(z.string()).nullish(),
    /** Absent in team-managed (simplified) projects and tenants without components. */
    components: z.array(z.object({ name: z.string() })).nullish(),
    project: z.object({
      id: z.string().optional(),
      key: z.string().min(1),
      name: z.string().optional(),
      /** `true` for team-managed projects. */
      simplified: z.boolean().optional(),
    }),
  }),
);
export type JiraIssueFields = z.infer<typeof jiraIssueFieldsSchema>;

export const jiraIssueSchema = z.lazy(() =>
  z.object({
    id: z.string().optional(),
    key: z.string().min(1),
    fields: jiraIssueFieldsSchema,
    changelog: jiraEmbeddedChangelogSchema.optional(),
  }),
);
export type JiraIssue = z.infer<typeof jiraIssueSchema>;

/**
 * Issues stay unvalidated in the page envelopes so that one malformed issue is skipped
 * on its own instead of failing the whole page.
 */
const rawIssues = z.lazy(() => z.array(z.unknown()));

/**
 * `GET /rest/api/3/search/jql` (Cloud). No `total`; `nextPageToken` is absent (or `null`)
 * on the last page, where `isLast` is `true`.
 */
export const jiraCloudSearchPageSchema = z.lazy(() =>
  z.object({
    issues: rawIssues,
    nextPageToken: nullableString,
    isLast: z.boolean().optional(),
  }),
);
export type JiraCloudSearchPage = z.infer<typeof jiraCloudSearchPageSchema>;

/** `POST /rest/api/3/search/approximate-count` (Cloud). */
export const jiraApproximateCountSchema = z.lazy(() =>
  z.object({ count: z.number().int().nonnegative() }),
);

/** `GET /rest/api/2/search` (Data Center / Server): offset pagination with a `total`. */
export const jiraDataCenterSearchPageSchema = z.lazy(() =>
  z.object({
    startAt: z.number().int().nonnegative(),
    maxResults: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    issues: rawIssues,
  }),
);
export type JiraDataCenterSearchPage = z.infer<typeof jiraDataCenterSearchPageSchema>;

/** `GET /rest/api/3/issue/{key}/changelog?startAt=&maxResults=` (Cloud), oldest first. */
export const jiraChangelogPageSchema = z.lazy(() =>
  z.object({
    startAt: z.number().int().nonnegative(),
    maxResults: z.number().int().nonnegative(),
    total: z.number().int().nonnegative().optional(),
    isLast: z.boolean().optional(),
    values: z.array(jiraHistorySchema),
  }),
);
export type JiraChangelogPage = z.infer<typeof jiraChangelogPageSchema>;

/**
 * `GET /rest/api/{2,3}/status`: every status of the site with its category. Entries that do
 * not fit are dropped rather than failing the list: the list only improves guesses.
 */
export const jiraStatusListSchema = z.lazy(() =>
  z.array(z.unknown()).transform((entries) =>
    entries.flatMap((entry) => {
      const parsed = jiraStatusSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    }),
  ),
);

/** Any JSON body: an issue is validated on its own, to report it as skipped when malformed. */
export const jiraRawIssueSchema = z.lazy(() => z.unknown());
