import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { AccessNotice, type AccessApis } from '../../../components/popup/AccessNotice';
import { missingPanelAccess, patternHost } from '../../../lib/carrotquest/panel-access';
import { PANEL_MATCHES } from '../../../lib/carrotquest/panel-address';

/** A browser whose granted origins are `granted`; `answer` is what the prompt says when asked. */
function fakeApis(granted: Set<string>, answer: boolean | Error, privateWindow = false): AccessApis & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    contains: (origins) => Promise.resolve(origins.every((o) => granted.has(o))),
    request: (origins) => {
      asked.push(origins);
      if (answer instanceof Error) return Promise.reject(answer);
      if (answer) for (const o of origins) granted.add(o);
      return Promise.resolve(answer);
    },
    inPrivateWindow: () => privateWindow,
  };
}

afterEach(cleanup);

describe('missing panel access', () => {
  it('lists the panel patterns and team origins the browser has not granted, in order', async () => {
    const granted = new Set<string>(PANEL_MATCHES.filter((p) => !p.includes('app.dashly.io')));
    const contains = (o: string[]) => Promise.resolve(o.every((x) => granted.has(x)));
    expect(await missingPanelAccess(contains, ['https://support.example.com:8443', 'not a url'])).toEqual([
      'https://app.dashly.io/*',
      'https://support.example.com/*',
    ]);
    expect(patternHost('https://carrotquest.io/panel/*')).toBe('carrotquest.io');
  });

  it('counts a check that throws as granted', async () => {
    expect(
      await missingPanelAccess(() => {
        throw new Error('not implemented');
      }),
    ).toEqual([]);
  });
});

describe('the popup access notice', () => {
  it('says nothing when every panel address is granted', async () => {
    const apis = fakeApis(new Set(PANEL_MATCHES), true);
    render(<AccessNotice lang="en" teamOrigins={[]} apis={apis} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('access-missing')).toBeNull();
    expect(screen.queryByTestId('private-note')).toBeNull();
  });

  it('names the refused sites and asks again; refused again, it says so and keeps the button', async () => {
    const apis = fakeApis(new Set(), false);
    render(<AccessNotice lang="en" teamOrigins={[]} apis={apis} />);
    const notice = await screen.findByTestId('access-missing');
    expect(notice.textContent).toMatch(/does not let Sidekick run on carrotquest\.io, www\.carrotquest\.io, .*app\.dashly\.io/);
    fireEvent.click(screen.getByTestId('access-request'));
    await screen.findByTestId('access-refused');
    expect(apis.asked).toEqual([[...PANEL_MATCHES]]);
    expect(screen.getByTestId('access-request')).toBeTruthy();
  });

  it('goes away once the access is given', async () => {
    const apis = fakeApis(new Set(), true);
    render(<AccessNotice lang="ru" teamOrigins={[]} apis={apis} />);
    expect((await screen.findByTestId('access-missing')).textContent).toMatch(/Нет доступа к панели/);
    fireEvent.click(screen.getByTestId('access-request'));
    await waitFor(() => expect(screen.queryByTestId('access-missing')).toBeNull());
  });

  it('says why when the browser cannot ask', async () => {
    render(<AccessNotice lang="en" teamOrigins={[]} apis={fakeApis(new Set(), new Error('no prompt here'))} />);
    fireEvent.click(await screen.findByTestId('access-request'));
    expect((await screen.findByTestId('access-error')).textContent).toMatch(/no prompt here/);
  });

  it('says in a private window that nothing seen there is kept', () => {
    render(<AccessNotice lang="en" teamOrigins={[]} apis={fakeApis(new Set(PANEL_MATCHES), true, true)} />);
    expect(screen.getByTestId('private-note').textContent).toMatch(/not recorded/);
  });
});
