import type { Repositories } from '../db/repositories';
import { KPI_TEMPLATES } from '../kpi/templates';
import { manualEntryInput } from '../kpi';
import { RpcError } from '../messaging/errors';
import type { Handlers } from '../messaging/router';
import { kpiDefinitionSchema, type KpiDefinition } from '../model/kpi-definition';
import type { KpiService } from './kpi-service';

type KpiHandlerNames =
  | 'kpis.list'
  | 'kpis.save'
  | 'kpis.delete'
  | 'kpis.reorder'
  | 'kpis.applyTemplate'
  | 'kpis.preview'
  | 'kpis.view'
  | 'kpis.addManual';

export interface KpiHandlerDeps {
  repositories(): Promise<Repositories>;
  kpis: KpiService;
  /** Scopes of the partners visible from a site (a content script sees only its own). */
  partnerMappedOn(partnerId: string, senderUrl: string | undefined): Promise<boolean>;
  /** Called after KPIs or their values changed, e.g. to re-evaluate the "KPI turned red" nudge. */
  onChange?(store: 'kpiDefinitions' | 'kpiMeasurements'): void;
  now(): Date;
}

const PREVIEW_META = {
  id: '00000000-0000-4000-8000-00000000feed',
  createdAt: '1970-01-01T00:00:00.000Z',
  updatedAt: '1970-01-01T00:00:00.000Z',
  hlc: 'preview',
  deviceId: 'preview',
  deleted: false,
};

/** Background handlers of KPI setup (options page) and KPI views (sidebar, popup). */
export function createKpiHandlers(deps: KpiHandlerDeps): Pick<Handlers, KpiHandlerNames> {
  /** New or changed KPIs get today's measurement; a failure there never fails the save. */
  const recordToday = (partnerId: string) =>
    deps.kpis.record(partnerId).then(
      (written) => {
        deps.onChange?.('kpiMeasurements');
        return written;
      },
      (error: unknown) => {
        console.warn('Partner Lens: KPI recording failed', error);
        return 0;
      },
    );
  const requireKpi = async (id: string): Promise<KpiDefinition> => {
    const kpi = await (await deps.repositories()).kpiDefinitions.get(id);
    if (!kpi)
      throw new RpcError({
        code: 'not-found',
        message: 'This KPI no longer exists. Reload the page.',
      });
    return kpi;
  };

  return {
    'kpis.list': ({ partnerId }) => deps.kpis.definitionsOf(partnerId),
    'kpis.save': async (input) => {
      const repos = await deps.repositories();
      if (!(await repos.partners.get(input.partnerId))) {
        throw new RpcError({ code: 'not-found', message: 'That partner no longer exists.' });
      }
      // Position changes only through `kpis.reorder`: an edit keeps the KPI where it is.
      const stored = input.id === undefined ? undefined : await repos.kpiDefinitions.get(input.id);
      const order = stored ? stored.order : (await deps.kpis.definitionsOf(input.partnerId)).length;
      const saved = await repos.kpiDefinitions.put({ ...input, order });
      await recordToday(saved.partnerId);
      return saved;
    },
    'kpis.delete': async ({ id }) => {
      const deleted = await (await deps.repositories()).kpiDefinitions.delete(id);
      if (deleted) deps.onChange?.('kpiDefinitions');
      return { deleted };
    },
    'kpis.reorder': async ({ partnerId, ids }) => {
      const repos = await deps.repositories();
      const current = await deps.kpis.definitionsOf(partnerId);
      const position = new Map(ids.map((id, index) => [id, index]));
      const ordered = [...current].sort(
        (a, b) =>
          (position.get(a.id) ?? ids.length + a.order) -
          (position.get(b.id) ?? ids.length + b.order),
      );
      for (const [index, kpi] of ordered.entries()) {
        if (kpi.order !== index) await repos.kpiDefinitions.put({ ...kpi, order: index });
      }
      return deps.kpis.definitionsOf(partnerId);
    },
    'kpis.applyTemplate': async ({ partnerId, templateId }) => {
      const template = KPI_TEMPLATES.find((candidate) => candidate.id === templateId);
      if (!template)
        throw new RpcError({ code: 'not-found', message: 'That template does not exist.' });
      const repos = await deps.repositories();
      if (!(await repos.partners.get(partnerId))) {
        throw new RpcError({ code: 'not-found', message: 'That partner no longer exists.' });
      }
      let order = (await deps.kpis.definitionsOf(partnerId)).length;
      for (const kpi of template.kpis)
        await repos.kpiDefinitions.put({ ...kpi, partnerId, order: order++ });
      await recordToday(partnerId);
      return deps.kpis.definitionsOf(partnerId);
    },
    'kpis.preview': async ({ draft }) => {
      const definition = kpiDefinitionSchema.parse({
        ...draft,
        ...PREVIEW_META,
        id: draft.id ?? PREVIEW_META.id,
      });
      const view = await deps.kpis.evaluate(draft.partnerId, [definition]);
      const result = view.results[0];
      if (!result)
        throw new RpcError({ code: 'internal', message: 'The preview could not be computed.' });
      return result;
    },
    'kpis.view': async ({ partnerId }, call) => {
      if (
        call.senderKind === 'content' &&
        !(await deps.partnerMappedOn(partnerId, call.sender.url))
      ) {
        throw new RpcError({
          code: 'forbidden',
          message: 'This partner is not mapped on this site.',
        });
      }
      return deps.kpis.evaluate(partnerId);
    },
    'kpis.addManual': async ({ kpiId, date, value, note }) => {
      const kpi = await requireKpi(kpiId);
      const repos = await deps.repositories();
      const saved = await repos.kpiMeasurements.put(
        manualEntryInput(kpi, { date, value, note, enteredBy: 'You' }),
      );
      deps.onChange?.('kpiMeasurements');
      return saved;
    },
  };
}
