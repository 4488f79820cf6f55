import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExportMenu } from '../../../../renderer/export/ExportMenu';
import { CommandProvider } from '../../../../renderer/shell/commands';
import { ObservableCommandRegistry } from '../../../../renderer/shell/command-availability';

function renderMenu(handled = true) {
  const registry = new ObservableCommandRegistry();
  const ran: string[] = [];
  if (handled) {
    for (const command of ['export-pdf', 'export-png', 'export-csv', 'import-csv'] as const) {
      registry.register(command, () => ran.push(command));
    }
  }
  const user = userEvent.setup();
  render(
    <CommandProvider registry={registry}>
      <ExportMenu />
    </CommandProvider>,
  );
  return { registry, ran, user };
}

describe('the toolbar Export menu', () => {
  it('is a menu button listing the exports and the CSV import', async () => {
    const { user } = renderMenu();
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);

    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual(['PDF…', 'PNG image…', 'Touchpoints as CSV', 'Import touchpoints from CSV…']);
    expect(screen.getByRole('menuitem', { name: 'PDF…' })).toHaveFocus();
  });

  it('runs the chosen command and closes', async () => {
    const { user, ran } = renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Touchpoints as CSV' }));
    expect(ran).toEqual(['export-csv']);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
  });

  it('works from the keyboard: arrows move, Enter chooses, Escape closes and returns focus', async () => {
    const { user, ran } = renderMenu();
    screen.getByRole('button', { name: 'Export' }).focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Import touchpoints from CSV…' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'PDF…' })).toHaveFocus();
    await user.keyboard('{End}{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Touchpoints as CSV' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();

    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(ran).toEqual(['export-png']);
  });

  it('closes when the pointer goes down outside it', async () => {
    const { user } = renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(document.body);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('is hidden while nothing handles the export commands', () => {
    renderMenu(false);
    expect(screen.queryByRole('button', { name: 'Export' })).not.toBeInTheDocument();
  });
});
