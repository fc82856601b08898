import { useEffect, useRef, useState } from 'preact/hooks';
import { useSidebar } from '../sidebar/store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';
import { trusted } from '../sidebar/trusted';

export interface CopyButtonProps {
  text: string;
  label: string;
  testId?: string;
  /**
   * The text once the operator's pending edits are built in; copied instead of `text` when it
   * gives one, so a click right after typing copies what was typed.
   */
  latest?: () => Promise<string | null | undefined>;
}

const FEEDBACK_MS = 2000;

/** Copies `text` and says for a moment whether that worked. */
export function CopyButton({ text, label, testId, latest }: CopyButtonProps) {
  const t = usePhrases(strings);
  const copy = useSidebar((s) => s.actions.copy);
  const [result, setResult] = useState<boolean | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function onClick() {
    const ok = await copy((latest ? await latest() : null) ?? text);
    setResult(ok);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setResult(null), FEEDBACK_MS);
  }

  return (
    <button
      type="button"
      class="sk-btn sk-btn--small sk-copy"
      data-testid={testId}
      data-copied={result === null ? undefined : String(result)}
      onClick={trusted(onClick)}
    >
      {/* Every label sits in one grid cell and the widest sizes the button, so "Copied" never moves the row. */}
      {[label, t('copied'), t('notCopied')].map((text, i) => (
        <span key={i} class="sk-copy__label" aria-hidden={i !== (result === null ? 0 : result ? 1 : 2)}>
          {text}
        </span>
      ))}
    </button>
  );
}
