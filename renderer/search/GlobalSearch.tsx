import { Modal } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useUiStore } from '../shell/ui-store';
import { SearchPanel } from './SearchPanel';

/** Ctrl/Cmd+K from anywhere, even from inside a text field, as in every tool people already know. */
export const GlobalSearch = () => {
  const opened = useUiStore((state) => state.searchOpen);
  const setOpen = useUiStore((state) => state.setSearchOpen);
  useHotkeys([['mod+K', () => setOpen(!useUiStore.getState().searchOpen)]], []);
  return (
    // No opening animation: the field must hold focus the moment the shortcut is pressed, or the first
    // letters a fast typist enters after Ctrl+K would land on the page behind.
    <Modal.Root
      opened={opened}
      onClose={() => setOpen(false)}
      size={620}
      yOffset="12vh"
      transitionProps={{ duration: 0 }}
    >
      <Modal.Overlay
        backgroundOpacity={0.3}
        blur={2}
        transitionProps={{ duration: 120, transition: 'fade' }}
      />
      <Modal.Content aria-label="Search" radius="lg">
        <SearchPanel onClose={() => setOpen(false)} />
      </Modal.Content>
    </Modal.Root>
  );
};
