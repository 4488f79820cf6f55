import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommentsPanel } from '../../../../renderer/review/CommentsPanel';
import { addComment, newComment } from '../../../../shared/model';
import type { JourneyMap } from '../../../../shared/model/types';
import { fixtureMap, renderWithDocument } from '../analysis/diagnosis-fixture';

beforeEach(() => window.localStorage.clear());
afterEach(() => window.localStorage.clear());

function setup(map: JourneyMap = fixtureMap(), options: { readOnly?: boolean } = { readOnly: true }) {
  const user = userEvent.setup();
  return { user, ...renderWithDocument(<CommentsPanel />, map, options) };
}

function panel(): HTMLElement {
  return screen.getByRole('region', { name: /^Comments/ });
}

describe('the comments panel', () => {
  it('adds a comment on the selected stage, asking the reviewer name once and remembering it', async () => {
    const { user, store, view } = setup();
    act(() => view.getState().select({ kind: 'stage', ids: ['stage-onboard'] }));
    expect(panel()).toHaveTextContent('On stage Onboard');

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Dana Reyes');
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Who owns onboarding?');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    expect(store.getState().map.comments).toEqual([
      expect.objectContaining({ author: 'Dana Reyes', text: 'Who owns onboarding?', resolved: false, target: { kind: 'stage', id: 'stage-onboard' } }),
    ]);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('');
    expect(screen.queryByRole('textbox', { name: 'Your name' })).not.toBeInTheDocument();
    expect(panel()).toHaveTextContent('As Dana Reyes');
    expect(window.localStorage.getItem('journeymap.reviewer-name')).toBe('Dana Reyes');

    const list = within(panel()).getByRole('list', { name: 'Open comments' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('Dana Reyes on stage Onboard');
  });

  it('comments on the whole map when nothing is selected, and on a touchpoint when one is', async () => {
    window.localStorage.setItem('journeymap.reviewer-name', 'Sam');
    const { user, store, view } = setup();
    expect(screen.queryByRole('textbox', { name: 'Your name' })).not.toBeInTheDocument();
    expect(panel()).toHaveTextContent('On the whole map');
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Great start');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    act(() => view.getState().select({ kind: 'touchpoint', ids: ['tp-cancel-notice'] }));
    expect(panel()).toHaveTextContent('On touchpoint \u201cNon-renewal (cancellation) notice\u201d');
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Same day as the cross-sell?');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    expect(store.getState().map.comments.map((comment) => [comment.author, comment.target])).toEqual([
      ['Sam', { kind: 'map', id: null }],
      ['Sam', { kind: 'touchpoint', id: 'tp-cancel-notice' }],
    ]);
  });

  it('refuses to add a comment without a name or without text, and says why', async () => {
    const { user, store } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Anonymous note');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(screen.getByRole('status')).toHaveTextContent('Enter your name');
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveFocus();

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Dana');
    await user.clear(screen.getByRole('textbox', { name: 'Comment' }));
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(screen.getByRole('status')).toHaveTextContent('Write the comment first.');
    expect(store.getState().map.comments).toEqual([]);
  });

  it('resolves and reopens a comment, one undo step each, and lists resolved ones apart', async () => {
    const map = addComment(fixtureMap(), newComment({ text: 'Fix the hand-off', author: 'Lee', target: { kind: 'stage', id: 'stage-claim' } }));
    const { user, store } = setup(map);
    await user.click(within(panel()).getByRole('button', { name: 'Resolve' }));
    expect(store.getState().map.comments[0]?.resolved).toBe(true);
    const resolved = within(panel()).getByRole('list', { name: 'Resolved comments' });
    expect(resolved).toHaveTextContent('Fix the hand-off');
    expect(resolved).toHaveTextContent('Resolved');
    expect(panel()).toHaveTextContent('Comments (0 open)');

    await user.click(within(resolved).getByRole('button', { name: 'Reopen' }));
    expect(store.getState().map.comments[0]?.resolved).toBe(false);
    expect(store.temporal.getState().pastStates).toHaveLength(2);
  });

  it('shows when each comment was written', () => {
    const map = addComment(fixtureMap(), newComment({ text: 'Dated', author: 'Lee', createdAt: '2026-11-02T10:15:00.000Z' }));
    setup(map);
    const time = panel().querySelector('time');
    expect(time).toHaveAttribute('datetime', '2026-11-02T10:15:00.000Z');
    expect(time?.textContent).toMatch(/2026/);
  });

  it('renders hostile comment text as plain text, never as markup', () => {
    const hostile = '<img src=x onerror="window.__pwned = true"><a href="javascript:alert(1)">click</a>';
    const map = addComment(fixtureMap(), newComment({ text: hostile, author: '<b>Mallory</b>' }));
    setup(map);
    expect(panel()).toHaveTextContent(hostile);
    expect(panel()).toHaveTextContent('<b>Mallory</b>');
    expect(panel().querySelector('img')).toBeNull();
    expect(panel().querySelector('a')).toBeNull();
    expect(panel().querySelector('b')).toBeNull();
  });

  it('works outside review mode too', async () => {
    window.localStorage.setItem('journeymap.reviewer-name', 'Ana');
    const { user, store } = setup(fixtureMap(), { readOnly: false });
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Noted in the workshop');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(store.getState().map.comments).toHaveLength(1);
  });
});
