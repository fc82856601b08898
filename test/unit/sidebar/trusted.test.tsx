import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { acceptEvents, trusted } from '../../../components/sidebar/trusted';

describe('trusted', () => {
  beforeEach(() => acceptEvents((e) => e.isTrusted));
  afterEach(() => acceptEvents(() => true));

  it("ignores a synthetic click, as a page script's .click() is", () => {
    const act = vi.fn();
    render(
      <button type="button" data-testid="b" onClick={trusted(act)}>
        go
      </button>,
    );
    screen.getByTestId('b').click();
    fireEvent.click(screen.getByTestId('b'));
    expect(act).not.toHaveBeenCalled();
  });

  it('keeps a link from opening on a synthetic click', () => {
    const act = vi.fn();
    render(
      <a href="https://jira.example.com/x" data-testid="a" onClick={trusted(act)}>
        x
      </a>,
    );
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    screen.getByTestId('a').dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(act).not.toHaveBeenCalled();
  });

  it('acts on an event the browser marks trusted', () => {
    const act = vi.fn();
    const handler = trusted(act);
    const event = new MouseEvent('click');
    Object.defineProperty(event, 'isTrusted', { value: true });
    handler(event);
    expect(act).toHaveBeenCalledTimes(1);
  });
});
