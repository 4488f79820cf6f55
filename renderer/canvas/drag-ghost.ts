/**
 * The picture of what is being dragged on the canvas. The dragged nodes stay where they are (dimmed, as
 * the place they come from) while copies of their elements, in a layer of their own, follow the pointer
 * by a transform. Moving the real nodes made React Flow update its store and the browser lay out, paint
 * and layerise every node of the map on every frame (a thousand cards: two frames per pointer move); a
 * transform on one composited layer is left to the compositor.
 */
import type { XYPosition } from '@xyflow/react';

/** The class the copies carry instead of React Flow's node class, so queries for nodes never find them. */
export const GHOST_NODE_CLASS = 'jm-drag-ghost__node';
const FLOW_NODE_CLASS = 'react-flow__node';
/** Parts of a node that must not be copied: live handles (React Flow finds them by data-id) and their slots. */
const LEFT_OUT = '.react-flow__handle, .jm-handle-slot';

/** A dragged node: its id and where it is on the map (flow coordinates). */
export interface GhostSource {
  id: string;
  position: XYPosition;
}

/** An inert copy of a node's element, placed at `position` (flow coordinates) inside the ghost layer. */
export function ghostOf(element: Element, position: XYPosition): HTMLElement {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const part of copy.querySelectorAll(LEFT_OUT)) part.remove();
  for (const marked of copy.querySelectorAll('[id]')) marked.removeAttribute('id');
  for (const { name } of [...copy.attributes]) if (name !== 'class' && name !== 'style') copy.removeAttribute(name);
  copy.classList.remove(FLOW_NODE_CLASS, 'dragging', 'selected');
  copy.classList.add(GHOST_NODE_CLASS);
  copy.style.position = 'absolute';
  copy.style.left = `${position.x}px`;
  copy.style.top = `${position.y}px`;
  copy.style.transform = 'none';
  return copy;
}

/** Fills the (empty) ghost `layer` with copies of the nodes' elements found under `root`; false if none was found. */
export function showDragGhost(layer: HTMLElement, root: ParentNode, sources: readonly GhostSource[]): boolean {
  clearDragGhost(layer);
  for (const source of sources) {
    const element = root.querySelector(`.${FLOW_NODE_CLASS}[data-id="${CSS.escape(source.id)}"]`);
    if (element) layer.append(ghostOf(element, source.position));
  }
  return layer.childElementCount > 0;
}

/** Moves the whole ghost by `offset` (flow coordinates) from where it was shown. */
export function moveDragGhost(layer: HTMLElement, offset: XYPosition): void {
  layer.style.transform = `translate(${offset.x}px, ${offset.y}px)`;
}

/** Empties the ghost layer and puts it back in place. */
export function clearDragGhost(layer: HTMLElement): void {
  layer.replaceChildren();
  layer.style.transform = '';
}
