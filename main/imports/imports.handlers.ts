import type { DomainHandlers } from '../ipc/handler-types';
import { previewImport, runImport } from './imports.service';

export const importHandlers: DomainHandlers<'imports'> = {
  'imports.preview': (input) => previewImport(input),
  'imports.run': (input, ctx) => runImport(ctx, input),
};
