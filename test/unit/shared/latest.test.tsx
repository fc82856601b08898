import { act, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { answerOrder, errorMessage, useAnswer } from '../../../components/shared/latest';
import { sideStore, useStore } from '../../../components/shared/useStore';

describe('answerOrder', () => {
  it('tells the latest call, and takes an answer only when no later one was taken', () => {
    const order = answerOrder();
    const a = order.next();
    const b = order.next();
    expect(order.isLatest(a)).toBe(false);
    expect(order.isLatest(b)).toBe(true);
    expect(order.take(a)).toBe(true); // b is not answered yet: a may show meanwhile
    expect(order.take(b)).toBe(true);
    expect(order.take(a)).toBe(false);
    const c = order.next();
    expect(order.take(b)).toBe(false);
    expect(order.take(c)).toBe(true);
  });

  it('says why a call failed, whatever was thrown', () => {
    expect(errorMessage(new Error(' asleep '))).toBe('asleep');
    expect(errorMessage('gone')).toBe('gone');
    expect(errorMessage(undefined)).toBe('no answer from the extension');
  });
});

const settle = () =>
  act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });

describe('useAnswer', () => {
  it('keeps the newest answer: a slow answer to an old input never replaces a newer one', async () => {
    const resolvers = new Map<string, (v: string) => void>();
    const run = (input: string) => new Promise<string>((resolve) => resolvers.set(input, resolve));
    let setInput: (v: string) => void = () => {};
    function Probe() {
      const [input, set] = useState('a');
      setInput = set;
      const answer = useAnswer(input, run);
      return <p data-testid="out">{`${answer.value ?? '-'}|${answer.input ?? '-'}|${answer.pending}`}</p>;
    }
    render(<Probe />);
    await settle();
    expect(screen.getByTestId('out').textContent).toBe('-|-|true');
    await act(async () => setInput('b'));
    await settle();
    resolvers.get('b')!('B');
    await settle();
    expect(screen.getByTestId('out').textContent).toBe('B|b|false');
    resolvers.get('a')!('A');
    await settle();
    expect(screen.getByTestId('out').textContent).toBe('B|b|false');
  });
});

describe('useStore', () => {
  it('gives each owner its own side store and renders on a change of the slice', async () => {
    const counters = sideStore<{ n: number }>(() => ({ n: 0 }));
    const owner = {};
    expect(counters(owner)).toBe(counters(owner));
    expect(counters({})).not.toBe(counters(owner));
    function Probe() {
      const n = useStore(counters(owner), (s) => s.n);
      return <p data-testid="n">{n}</p>;
    }
    render(<Probe />);
    // A change made before the subscription is in place still shows.
    counters(owner).setState({ n: 1 });
    await act(async () => {});
    expect(screen.getByTestId('n').textContent).toBe('1');
    await act(async () => counters(owner).setState({ n: 2 }));
    expect(screen.getByTestId('n').textContent).toBe('2');
  });
});
