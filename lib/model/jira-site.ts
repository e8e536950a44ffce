import { z } from 'zod';

/**
 * A self-hosted Jira (Data Center / Server) the user added: its origin and the path Jira is
 * served under (`/jira` in `https://intranet.example.com/jira/browse/KEY-1`, or empty).
 */
export const jiraSiteSchema = z.object({
  origin: z.string().refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.origin === value;
    } catch {
      return false;
    }
  }, 'Expected an https origin such as https://jira.example.com'),
  contextPath: z.string().regex(/^(\/[\w.~-]+)*$/, 'Expected a path such as /jira, or nothing'),
});
export type JiraSite = z.infer<typeof jiraSiteSchema>;

const CLOUD_OR_OTHER_TOOL = /(^|\.)atlassian\.net$|^app\.asana\.com$|^trello\.com$/i;

const JIRA_PAGE_SEGMENTS = new Set([
  'browse',
  'secure',
  'projects',
  'rest',
  'plugins',
  'issues',
  'login.jsp',
  'Dashboard.jspa',
]);

export type ParsedJiraSite = { ok: true; site: JiraSite } | { ok: false; message: string };

/**
 * Reads what a person types as "the address of your Jira" — `jira.example.com`,
 * `https://jira.example.com/jira/`, or a page URL such as `…/jira/browse/KEY-1` — into an
 * origin and context path, or says what is wrong with it.
 */
export function parseJiraSiteInput(input: string): ParsedJiraSite {
  const trimmed = input.trim();
  if (!trimmed)
    return { ok: false, message: 'Enter the address of your Jira, e.g. https://jira.example.com' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return {
      ok: false,
      message: 'That is not a web address. Enter it like https://jira.example.com',
    };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      message: 'Partner Lens connects to Jira over https only. Use the https:// address.',
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      message: 'Leave out the user name and password; Partner Lens uses your browser sign-in.',
    };
  }
  if (CLOUD_OR_OTHER_TOOL.test(url.hostname)) {
    return {
      ok: false,
      message: 'This address is already supported without setup; add only self-hosted Jira here.',
    };
  }
  // Everything before the first segment of a Jira page is the context path
  // (`/jira` in `/jira/browse/KEY-1`); Data Center has no Cloud-style `/jira/...` routes.
  const segments = url.pathname.split('/').filter(Boolean);
  const pageStart = segments.findIndex((segment) => JIRA_PAGE_SEGMENTS.has(segment));
  const contextSegments = pageStart === -1 ? segments : segments.slice(0, pageStart);
  const site = { origin: url.origin, contextPath: contextSegments.map((s) => `/${s}`).join('') };
  const parsed = jiraSiteSchema.safeParse(site);
  return parsed.success
    ? { ok: true, site: parsed.data }
    : { ok: false, message: parsed.error.issues[0]?.message ?? 'That address cannot be used.' };
}

/** The match pattern (and optional host permission) that covers a site. */
export function jiraSiteMatchPattern(site: JiraSite): string {
  return `${site.origin}/*`;
}
