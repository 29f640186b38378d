import { Button } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { usePdfDownload } from './use-pdf-download';

/** "Export PDF" for one invoice or estimate; `before` runs first (a draft saves what is typed). */
export const PdfExportButton = ({
  id,
  before,
  channel,
}: {
  id: number;
  before?: () => Promise<boolean>;
  channel?: Parameters<typeof usePdfDownload>[2];
}) => {
  const pdf = usePdfDownload(id, before, channel);
  return (
    <Button
      variant="default"
      leftSection={<IconFileDownload size={16} aria-hidden />}
      loading={pdf.isPending}
      onClick={() => pdf.mutate()}
    >
      Export PDF
    </Button>
  );
};
