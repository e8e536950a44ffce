import type { HostContext } from '@/lib/model/host-context';
import { describeContext } from '@/lib/overlay/describe-context';

/** The detected page context as a definition list (`pl-context`). */
export function ContextSummary({ context }: { context: HostContext }) {
  return (
    <dl className="pl-context" data-testid="pl-context" data-tool={context.tool}>
      {describeContext(context).map((part) => (
        <div key={part.label} className="pl-context-row">
          <dt>{part.label}</dt>
          <dd>{part.value}</dd>
        </div>
      ))}
    </dl>
  );
}
