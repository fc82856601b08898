import type { ComponentChildren } from 'preact';

// Inline rather than a class: the charts render in the popup and the options page, which have different stylesheets.
const hidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: '0',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: '0',
} as const;

/** Read by screen readers and copied with the page text, not drawn. */
export function VisuallyHidden({ children }: { children: ComponentChildren }) {
  return <div style={hidden}>{children}</div>;
}
