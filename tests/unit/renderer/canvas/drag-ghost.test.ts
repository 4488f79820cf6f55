import { describe, expect, it } from 'vitest';
import { clearDragGhost, ghostOf, GHOST_NODE_CLASS, moveDragGhost, showDragGhost } from '../../../../renderer/canvas/drag-ghost';

/** A React Flow node element as the canvas renders a card: wrapper, handles, slot, content. */
function cardElement(id: string): HTMLElement {
  const node = document.createElement('div');
  node.className = 'react-flow__node react-flow__node-touchpoint selectable dragging selected';
  node.setAttribute('data-id', id);
  node.setAttribute('role', 'button');
  node.setAttribute('aria-label', `Card ${id}`);
  node.setAttribute('tabindex', '0');
  node.setAttribute('data-x', '40');
  node.style.width = '200px';
  node.innerHTML =
    '<div class="react-flow__handle target" data-id="1-tp:a-null-target"></div>' +
    '<span class="jm-handle-slot source"></span>' +
    `<div class="jm-card"><div class="jm-card__title" id="title-${id}">Quote</div></div>`;
  return node;
}

describe('the drag ghost', () => {
  it('copies a node as an inert picture: no node class, id, role, name, focus or handles; placed where the node is', () => {
    const ghost = ghostOf(cardElement('tp:a'), { x: 40, y: 120 });
    expect(ghost.classList.contains('react-flow__node')).toBe(false);
    expect(ghost.classList.contains(GHOST_NODE_CLASS)).toBe(true);
    expect(ghost.classList.contains('react-flow__node-touchpoint')).toBe(true);
    expect(ghost.classList.contains('dragging')).toBe(false);
    expect([...ghost.attributes].map((attribute) => attribute.name).sort()).toEqual(['class', 'style']);
    expect(ghost.querySelector('.react-flow__handle, .jm-handle-slot, [id]')).toBeNull();
    expect(ghost.querySelector('.jm-card__title')?.textContent).toBe('Quote');
    expect(ghost.style.width).toBe('200px');
    expect([ghost.style.position, ghost.style.left, ghost.style.top, ghost.style.transform]).toEqual(['absolute', '40px', '120px', 'none']);
  });

  it('shows copies of the dragged nodes found under the root, moves them as one and clears them', () => {
    const root = document.createElement('div');
    root.append(cardElement('tp:a'), cardElement('tp:b'), cardElement('tp:c'));
    const layer = document.createElement('div');
    const shown = showDragGhost(layer, root, [
      { id: 'tp:a', position: { x: 0, y: 0 } },
      { id: 'tp:c', position: { x: 0, y: 90 } },
      { id: 'tp:gone', position: { x: 0, y: 0 } },
    ]);
    expect(shown).toBe(true);
    expect([...layer.children].map((child) => (child as HTMLElement).style.top)).toEqual(['0px', '90px']);
    expect(root.querySelectorAll('.react-flow__node')).toHaveLength(3);
    moveDragGhost(layer, { x: 25, y: -10 });
    expect(layer.style.transform).toBe('translate(25px, -10px)');
    clearDragGhost(layer);
    expect(layer.childElementCount).toBe(0);
    expect(layer.style.transform).toBe('');
    expect(showDragGhost(layer, root, [{ id: 'tp:gone', position: { x: 0, y: 0 } }])).toBe(false);
  });
});
