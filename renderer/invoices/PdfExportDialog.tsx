import {
  ActionIcon,
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Progress,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import type { PdfExportProgress } from '../../shared/invoices';
import { formatCount, formatNumber } from '../lib/format';
import type { ExportRun } from './use-pdf-export';

interface PdfExportDialogProps {
  run: ExportRun | null;
  onCancel: () => Promise<void>;
  onClose: () => void;
}

type State = 'starting' | PdfExportProgress['state'];

const titles: Record<State, string> = {
  starting: 'Exporting PDFs',
  running: 'Exporting PDFs',
  finished: 'PDFs exported',
  cancelled: 'Export cancelled',
  failed: 'Export stopped',
};

const barColors: Record<State, string | undefined> = {
  starting: undefined,
  running: undefined,
  finished: 'teal',
  cancelled: 'gray',
  failed: 'red',
};

const folderTexts: Record<State, (done: number) => string> = {
  starting: () => 'Saving into this folder:',
  running: () => 'Saving into this folder:',
  finished: (done) => `${formatCount(done, 'PDF')} saved in this folder:`,
  cancelled: (done) => `The ${formatCount(done, 'PDF')} written before you stopped stay in this folder:`,
  failed: (done) => `The ${formatCount(done, 'PDF')} written before it stopped are in this folder:`,
};

const FolderPath = ({ folder }: { folder: string }) => (
  <Group gap={6} wrap="nowrap" align="center">
    <Code
      block
      flex={1}
      style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
      aria-label="Export folder"
    >
      {folder}
    </Code>
    <CopyButton value={folder}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : 'Copy folder path'} withArrow>
          <ActionIcon variant="default" size="lg" aria-label="Copy folder path" onClick={copy}>
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  </Group>
);

const ProgressLine = ({ state, done, total }: { state: State; done: number; total: number }) => (
  <Stack gap={6}>
    <Text size="sm" c="dimmed" className="lb-numeric" aria-live="polite">
      {formatNumber(done)} of {formatCount(total, 'invoice')}
    </Text>
    <Progress
      aria-label="Export progress"
      value={total === 0 ? 0 : Math.round((done / total) * 100)}
      size="lg"
      radius="xl"
      animated={state === 'running' || state === 'starting'}
      color={barColors[state]}
      transitionDuration={150}
    />
  </Stack>
);

/** The batch export's progress, with Cancel while it runs and, at the end, where the files are. */
export const PdfExportDialog = ({ run, onCancel, onClose }: PdfExportDialogProps) => {
  const [cancelling, setCancelling] = useState(false);
  if (!run) return null;
  if (run.phase === 'refused') {
    return (
      <Modal opened onClose={onClose} title="Nothing was exported" centered>
        <Alert color="red" variant="light">
          {run.message}
        </Alert>
      </Modal>
    );
  }
  const state: State = run.phase === 'starting' ? 'starting' : run.progress.state;
  const running = state === 'starting' || state === 'running';
  const done = run.phase === 'starting' ? 0 : run.progress.done;
  const total = run.phase === 'starting' ? run.total : run.progress.total;
  const cancel = async () => {
    setCancelling(true);
    try {
      await onCancel();
    } finally {
      setCancelling(false);
    }
  };

  return (
    <Modal
      opened
      onClose={running ? () => undefined : onClose}
      withCloseButton={!running}
      closeOnClickOutside={!running}
      closeOnEscape={!running}
      title={titles[state]}
      centered
      size="lg"
    >
      <Stack gap="md">
        <ProgressLine state={state} done={done} total={total} />
        {state === 'failed' && run.phase !== 'starting' && (
          <Alert color="red" variant="light">
            {run.progress.message}
          </Alert>
        )}
        {run.phase !== 'starting' && (
          <Stack gap={6}>
            <Text size="sm">{folderTexts[state](done)}</Text>
            <FolderPath folder={run.job.folder} />
          </Stack>
        )}
        <Group justify="flex-end">
          {running ? (
            <Button
              variant="default"
              loading={cancelling}
              disabled={run.phase === 'starting'}
              onClick={() => void cancel()}
            >
              Cancel
            </Button>
          ) : (
            <Button onClick={onClose}>Done</Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
};
