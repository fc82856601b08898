import type { WriteFailure } from '../../lib/db/write-error';
import { writeLine } from '../../lib/background/write-status';
import type { Language } from '../../lib/settings/schema';

/** One line saying that a write to the extension's database failed, why, and that nothing stored is lost. */
export function WriteErrorLine({ kind, line, className }: { kind: WriteFailure['kind']; line: string; className: string }) {
  return (
    <p class={className} role="alert" data-testid="write-error" data-kind={kind}>
      {line}
    </p>
  );
}

/** The line for a failure the background recorded (the popup's case). */
export function StoredWriteErrorLine({ failure, lang, className }: { failure: WriteFailure; lang: Language; className: string }) {
  return <WriteErrorLine kind={failure.kind} line={writeLine(failure.kind, failure.detail, lang)} className={className} />;
}
