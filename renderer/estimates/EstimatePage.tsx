import { RecordRoute } from '../records/RecordRoute';
import { EstimateEditor } from './EstimateEditor';
import { useEstimate } from './estimate-queries';
import { SentEstimateView } from './SentEstimateView';

/** A draft opens in its editor; once sent, the same address shows the frozen estimate. */
export const EstimatePage = () => (
  <RecordRoute
    useRecord={useEstimate}
    noun="Estimate"
    back={{ label: 'Back to estimates', to: '/estimates' }}
  >
    {(estimate) =>
      estimate.status === 'draft' ? (
        <EstimateEditor key={estimate.id} estimate={estimate} />
      ) : (
        <SentEstimateView estimate={estimate} />
      )
    }
  </RecordRoute>
);
