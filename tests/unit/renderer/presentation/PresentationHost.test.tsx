import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PresentationHost } from '../../../../renderer/presentation/PresentationHost';
import { analyzeJourney, plainExplanation } from '../../../../shared/analysis';
import { setMapTitle } from '../../../../shared/model';
import { fakeJourneyApi } from '../shell/fake-journey-api';
import { autoInsuranceMap, renderOverMap } from './presentation-fixture';

const map = autoInsuranceMap();
const findings = analyzeJourney(map);

function press(key: string) {
  fireEvent.keyDown(document.activeElement ?? document.body, { key });
}

function presentation() {
  return screen.getByRole('dialog', { name: 'Presentation' });
}

function liveRegion() {
  return within(presentation()).getByRole('status');
}

function setup(clock?: () => number) {
  const fake = fakeJourneyApi('electron');
  const rendered = renderOverMap(<PresentationHost api={fake.api} clock={clock} />, map);
  act(() => {
    rendered.registry.dispatch('presentation');
  });
  return { ...rendered, ...fake };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('presentation mode', () => {
  it('opens from the presentation command as a dialog named Presentation, asking for full screen', () => {
    const { api } = setup();
    expect(presentation()).toHaveAttribute('aria-modal', 'true');
    expect(api.setFullScreen).toHaveBeenCalledExactlyOnceWith({ fullScreen: true });
    expect(liveRegion()).toHaveTextContent(`Whole map: 6 stages, ${findings.length} problems.`);
    expect(screen.getByRole('heading', { level: 2, name: 'Quote & buy' })).toBeInTheDocument();
    expect(presentation()).toHaveFocus();
  });

  it('opens with F5, and Esc returns to editing with the very same map object', () => {
    const { api } = fakeJourneyApi('browser');
    const { store, container } = renderOverMap(<PresentationHost api={api} />, map);
    const before = store.getState().map;
    fireEvent.keyDown(window, { key: 'F5' });
    expect(presentation()).toBeInTheDocument();
    // Asked during the key press itself: a browser grants full screen only to a user gesture.
    expect(api.setFullScreen).toHaveBeenCalledExactlyOnceWith({ fullScreen: true });
    expect(container).toHaveAttribute('inert');
    press('ArrowRight');
    press('f');
    press('Escape');
    expect(screen.queryByRole('dialog', { name: 'Presentation' })).not.toBeInTheDocument();
    expect(store.getState().map).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(container).not.toHaveAttribute('inert');
    expect(api.setFullScreen).toHaveBeenLastCalledWith({ fullScreen: false });
  });

  it('starts once when the menu accelerator and the F5 key both arrive', () => {
    const { api, registry } = setup();
    fireEvent.keyDown(window, { key: 'F5' });
    act(() => {
      registry.dispatch('presentation');
    });
    expect(api.setFullScreen).toHaveBeenCalledOnce();
  });

  it('ends when the window leaves full screen by the OS, and stops listening once it has ended', () => {
    const fake = setup();
    expect(fake.fullScreenListeners()).toBe(1);
    act(() => fake.leaveFullScreen());
    expect(screen.queryByRole('dialog', { name: 'Presentation' })).not.toBeInTheDocument();
    expect(fake.fullScreenListeners()).toBe(0);
    expect(fake.api.setFullScreen.mock.calls).toEqual([[{ fullScreen: true }], [{ fullScreen: false }]]);
  });

  it('keeps presenting in the window when full screen is refused', async () => {
    const fake = fakeJourneyApi('browser');
    fake.api.setFullScreen.mockRejectedValue(new Error('Permission denied'));
    const { registry } = renderOverMap(<PresentationHost api={fake.api} />, map);
    act(() => {
      registry.dispatch('presentation');
    });
    await act(async () => undefined);
    expect(presentation()).toBeInTheDocument();
  });

  it('steps to a stage, dims the others and calls out its problems in plain words with severity words', () => {
    setup();
    press('ArrowRight');
    press('PageDown');
    expect(liveRegion()).toHaveTextContent(/^Stage 2 of 6: Quote & buy — Split ownership, .* \(5 problems\)\.$/);
    const callouts = screen.getByRole('complementary', { name: 'Problems in Quote & buy' });
    const items = within(callouts).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent('Medium');
    expect(items[0]).toHaveTextContent('Split ownership');
    const split = findings.find((finding) => finding.code === 'split-ownership' && finding.stageId === 'stage-buy');
    if (!split) throw new Error('the fixture has no split ownership in Quote & buy');
    expect(items[0]).toHaveTextContent(plainExplanation(split, map));
    expect(within(presentation()).getByText('Stage 2 of 6')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Quote & buy', hidden: true }).closest('[aria-hidden="true"]')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Discover', hidden: true }).closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('walks back to the whole map with Home and to the last stage with End', () => {
    setup();
    press('End');
    expect(liveRegion()).toHaveTextContent(/^Stage 6 of 6: Renew or leave/);
    press('Backspace');
    expect(liveRegion()).toHaveTextContent(/^Stage 5 of 6: Claim/);
    press('Home');
    expect(liveRegion()).toHaveTextContent(/^Whole map/);
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('hides and shows the callouts with F and with the View menu findings command', () => {
    const { registry } = setup();
    press('ArrowRight');
    press('f');
    expect(screen.queryByRole('complementary', { name: 'Problems in Discover' })).not.toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('Findings hidden');
    act(() => {
      registry.dispatch('findings-toggle');
    });
    expect(screen.getByRole('complementary', { name: 'Problems in Discover' })).toBeInTheDocument();
  });

  it('blanks the screen with B, stays put while blank, and comes back with B', () => {
    setup();
    press('ArrowRight');
    press('b');
    expect(liveRegion()).toHaveTextContent('Screen blanked — press B to return');
    expect(document.querySelector('.pm-blank')).not.toBeNull();
    press('ArrowRight');
    press('B');
    expect(document.querySelector('.pm-blank')).toBeNull();
    expect(liveRegion()).toHaveTextContent(/^Screen restored\. Stage 1 of 6: Discover/);
  });

  it('runs a workshop timer with T, counting down by the clock and pausing with T again', () => {
    vi.useFakeTimers();
    let now = 1_000_000;
    setup(() => now);
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    press('t');
    expect(screen.getByRole('timer')).toHaveTextContent('10:00');
    expect(liveRegion()).toHaveTextContent('Timer started: 10 minutes left');
    act(() => {
      now += 61_000;
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('08:59');
    press('T');
    expect(within(presentation()).getByText('Timer paused')).toBeInTheDocument();
    act(() => {
      now += 600_000;
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('08:59');
  });

  it('sets the timer minutes from the keyboard with M and shows time is up in words', () => {
    vi.useFakeTimers();
    let now = 0;
    setup(() => now);
    press('m');
    const field = screen.getByRole('spinbutton', { name: 'Timer minutes' });
    expect(field).toHaveFocus();
    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.submit(field);
    expect(screen.getByRole('alert')).toHaveTextContent('Enter whole minutes from 1 to 180');
    fireEvent.change(field, { target: { value: '1' } });
    fireEvent.submit(field);
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('01:00');
    expect(presentation()).toHaveFocus();
    press('t');
    act(() => {
      now += 60_000;
      vi.advanceTimersByTime(500);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('00:00');
    expect(within(screen.getByRole('group', { name: 'Workshop timer' })).getByText('Time is up')).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('Time is up');
  });

  it('keeps letters typed into the minutes field out of the presentation keys, and Esc there only closes the field', () => {
    setup();
    press('m');
    const field = screen.getByRole('spinbutton', { name: 'Timer minutes' });
    fireEvent.keyDown(field, { key: 'b' });
    expect(document.querySelector('.pm-blank')).toBeNull();
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(presentation()).toBeInTheDocument();
  });

  it('does nothing with map-editing commands while presenting', () => {
    const { registry, store } = renderOverMap(<PresentationHost api={fakeJourneyApi('electron').api} />, map);
    act(() => store.getState().applyEdit((current) => setMapTitle(current, 'Renamed')));
    const undo = vi.fn(() => store.temporal.getState().undo());
    registry.register('undo', undo);
    act(() => {
      registry.dispatch('presentation');
    });
    act(() => {
      registry.dispatch('undo');
      registry.dispatch('delete');
      registry.dispatch('paste');
    });
    expect(undo).not.toHaveBeenCalled();
    expect(store.getState().map.title).toBe('Renamed');
    press('Escape');
    act(() => {
      registry.dispatch('undo');
    });
    expect(undo).toHaveBeenCalledOnce();
  });

  it('leaves when the Exit button is pressed and returns focus to where it was', () => {
    const { registry } = renderOverMap(
      <>
        <button type="button">Present</button>
        <PresentationHost api={fakeJourneyApi('electron').api} />
      </>,
      map,
    );
    const present = screen.getByRole('button', { name: 'Present' });
    present.focus();
    act(() => {
      registry.dispatch('presentation');
    });
    fireEvent.click(within(presentation()).getByRole('button', { name: 'Exit' }));
    expect(screen.queryByRole('dialog', { name: 'Presentation' })).not.toBeInTheDocument();
    expect(present).toHaveFocus();
  });

  it('shows keyboard help with ?', () => {
    setup();
    press('?');
    const help = screen.getByRole('region', { name: 'Keys' });
    expect(within(help).getByText('Back to editing')).toBeInTheDocument();
  });
});
