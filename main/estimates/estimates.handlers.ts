import { localIsoDate } from '../../shared/invoice-dates';
import type { AppContext } from '../app-context';
import type { DomainHandlers } from '../ipc/handler-types';
import { createEstimate, deleteEstimate, updateEstimate } from './estimate-drafts';
import { convertEstimate, decideEstimate, sendEstimate } from './estimate-lifecycle';
import { listEstimates } from './estimate-list';
import { exportEstimatePdf, printableEstimate } from './estimate-printable';
import { getEstimate } from './estimate-records';

const today = (ctx: AppContext) => localIsoDate(ctx.clock());

export const estimateHandlers: DomainHandlers<'estimates'> = {
  'estimates.list': (input, ctx) => listEstimates(ctx.db, input, today(ctx)),
  'estimates.get': ({ id }, ctx) => getEstimate(ctx.db, id, today(ctx)),
  'estimates.create': (input, ctx) => createEstimate(ctx, input),
  'estimates.update': ({ id, changes }, ctx) => updateEstimate(ctx, id, changes),
  'estimates.delete': ({ id }, ctx) => deleteEstimate(ctx, id),
  'estimates.send': ({ id }, ctx) => sendEstimate(ctx, id),
  'estimates.approve': ({ id, by }, ctx) => decideEstimate(ctx, id, 'approved', by),
  'estimates.decline': ({ id, by }, ctx) => decideEstimate(ctx, id, 'declined', by),
  'estimates.convert': ({ id }, ctx) => convertEstimate(ctx, id),
  // JSON has no bytes: the logo would cross as a huge array of numbers. The UI shows profile.get's logo.
  'estimates.document': async ({ id }, ctx) => {
    const doc = await printableEstimate(ctx.db, id);
    return { ...doc, branding: { ...doc.branding, logo: null } };
  },
  'estimates.exportPdf': ({ id }, ctx) => exportEstimatePdf(ctx, id),
};
