import { vi, type Mock } from 'vitest';

/** The sidebar's actions as mocks, for component tests that render a sidebar store. */
export interface MockActions {
  applyTag: Mock<(name: string) => Promise<void>>;
  removeTag: Mock<(name: string) => Promise<void>>;
  applyTagTo: Mock<(dialogueId: string, name: string) => Promise<void>>;
  retag: Mock<(name: string) => Promise<void>>;
  insertText: Mock<(text: string) => Promise<void>>;
  copy: Mock<(text: string) => Promise<boolean>>;
  setCollapsed: Mock<(collapsed: boolean) => void>;
  setWidth: Mock<(width: number, done: boolean) => void>;
  openLink: Mock<(url: string) => void>;
  openAssign: Mock<() => boolean>;
  dismissToast: Mock<() => void>;
  setFolded: Mock<(id: string, folded: boolean) => void>;
}

export function makeActions(): MockActions {
  return {
    applyTag: vi.fn(async () => {}),
    removeTag: vi.fn(async () => {}),
    applyTagTo: vi.fn(async () => {}),
    retag: vi.fn(async () => {}),
    insertText: vi.fn(async () => {}),
    copy: vi.fn(async () => true),
    setCollapsed: vi.fn(),
    setWidth: vi.fn(),
    openLink: vi.fn(),
    openAssign: vi.fn(() => true),
    dismissToast: vi.fn(),
    setFolded: vi.fn(),
  };
}
