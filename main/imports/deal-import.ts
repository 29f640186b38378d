import { dealCreateInput } from '../../shared/deals';
import { parseMajorUnits } from '../../shared/major-units';
import { currencyCode } from '../../shared/money';
import type { PipelineStage } from '../../shared/pipelines';
import { insertDeal } from '../deals/deals.service';
import { defaultPipelineId, getPipeline } from '../pipelines/pipelines.service';
import { readSetting } from '../settings/settings';
import { looseKey } from './cell-values';
import { companyNameIn, openCompanyDirectory } from './company-directory';
import { faultFrom, type Importer, type ImporterOptions, isFault, type RowFault } from './importer';
import type { MappedRow } from './mapped-row';

/** The deal field each dealCreateInput key is filled from, for error reports. */
const importFieldOf: Record<string, string> = {
  title: 'title',
  companyId: 'company',
  valueMinor: 'value',
  currency: 'currency',
  stageId: 'stage',
  expectedCloseDate: 'expectedClose',
  nextStep: 'nextStep',
};

/**
 * Deals go into the default pipeline: a Stage column names an open stage of it (ignoring case and
 * accents), else the first open stage. Values are in major units of the row's currency, else the
 * workspace's base currency. Deals are always added; the duplicate modes apply to people and companies.
 */
export const openDealImporter = async ({ trx, now, maps }: ImporterOptions): Promise<Importer> => {
  const companies = maps('company') ? await openCompanyDirectory(trx, now) : undefined;
  const pipeline = await getPipeline(trx, await defaultPipelineId(trx));
  const baseCurrency = await readSetting(trx, 'base_currency');
  const stagesByName = new Map(pipeline.stages.map((stage) => [looseKey(stage.name), stage]));
  const openStages = pipeline.stages.filter((stage) => stage.outcome === 'open');

  const stageOf = (row: MappedRow): PipelineStage | RowFault => {
    const named = row.one('stage');
    const column = row.columnOf('stage');
    const stage = named ? stagesByName.get(looseKey(named)) : openStages[0];
    if (!stage) {
      const choices = openStages.map((open) => open.name).join(', ');
      return named
        ? { column, message: `${pipeline.name} has no stage “${named}”; use one of ${choices}` }
        : { column, message: `${pipeline.name} has no open stage to add deals to` };
    }
    if (stage.outcome !== 'open') {
      return {
        column,
        message: `“${stage.name}” is a closed stage; import deals into an open stage, then win or lose them`,
      };
    }
    return stage;
  };

  return {
    importRow: async (row) => {
      const currency = currencyCode.safeParse(row.one('currency') || baseCurrency);
      if (!currency.success) return faultFrom(currency.error, () => row.columnOf('currency'));
      const value = parseMajorUnits(row.one('value'), currency.data);
      if (!value.ok) return { column: row.columnOf('value'), message: value.message };
      const stage = stageOf(row);
      if (isFault(stage)) return stage;
      const parsed = dealCreateInput.safeParse({
        title: row.one('title'),
        valueMinor: value.minor,
        currency: currency.data,
        stageId: stage.id,
        expectedCloseDate: row.one('expectedClose') || null,
        nextStep: row.one('nextStep'),
      });
      if (!parsed.success) {
        return faultFrom(parsed.error, ([field]) => row.columnOf(importFieldOf[String(field)] ?? ''));
      }
      const companyName = companyNameIn(row);
      if (isFault(companyName)) return companyName;
      const companyId = companies && companyName ? companies.idForName(companyName) : null;
      // The deal's company must be in the table before the deal that points at it.
      await companies?.store.flush();
      await insertDeal(trx, { ...parsed.data, companyId }, now);
      return 'created';
    },
    flush: async () => {
      await companies?.store.flush();
    },
    companiesCreated: () => companies?.createdByName() ?? 0,
  };
};
