import type { HostContext } from '../model/host-context';
import type { HostAdapter } from './adapter';
import { createAsanaAdapter } from './asana/adapter';
import { createJiraAdapter } from './jira/adapter';
import { asanaSectionCategories, trelloListCategories } from './status-mappings';
import { createTrelloAdapter } from './trello/adapter';

/**
 * One adapter per tool and site for the life of the page, so the per-host concurrency limit
 * and what an adapter learns (Jira status categories) are shared by every read.
 */
const adapters = new Map<string, HostAdapter>();

export function adapterFor(context: HostContext): HostAdapter {
  const id =
    context.tool === 'jira'
      ? `${context.tool} ${context.site}${context.contextPath}`
      : `${context.tool} ${context.site}`;
  let adapter = adapters.get(id);
  if (!adapter) {
    adapter = createAdapter(context);
    adapters.set(id, adapter);
  }
  return adapter;
}

function createAdapter(context: HostContext): HostAdapter {
  switch (context.tool) {
    case 'jira':
      return createJiraAdapter({
        site: context.site,
        deployment: context.deployment,
        contextPath: context.contextPath,
      });
    case 'asana':
      return createAsanaAdapter({
        site: context.site,
        sections: () => asanaSectionCategories(context.site),
      });
    case 'trello':
      return createTrelloAdapter({
        site: context.site,
        listCategories: () => trelloListCategories(context.site),
      });
  }
}

export { itemKeyOf } from './item-key';
