import { describe, expect, it } from 'vitest';
import type { PdfExportProgress } from '../../shared/invoices';
import { newer } from './use-pdf-export';

const progress = (done: number, state: PdfExportProgress['state'] = 'running'): PdfExportProgress => ({
  jobId: 'job',
  done,
  total: 10,
  state,
});

describe('following an export’s progress events', () => {
  it('never goes back to an older count that arrives late', () => {
    expect(newer(progress(6), progress(4))).toEqual(progress(6));
    expect(newer(progress(4), progress(6))).toEqual(progress(6));
    expect(newer(undefined, progress(1))).toEqual(progress(1));
  });

  it('keeps the final state once the export has ended', () => {
    expect(newer(progress(6), progress(6, 'cancelled'))).toEqual(progress(6, 'cancelled'));
    expect(newer(progress(10, 'finished'), progress(9))).toEqual(progress(10, 'finished'));
  });
});
