/** Typed access from Node to the in-page probes of `page-probes.js` (installed on every bench page). */
import type { Page } from '@playwright/test';

export interface PaintTiming {
  start: number;
  end: number;
  nodes: number;
}

export interface HeaderChange {
  start: number | null;
  end: number;
  stageNodeId: string;
}

export interface CardSpot {
  id: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  pane: { left: number; top: number; width: number; height: number };
}

/** A count of elements the painted page must show, e.g. every touchpoint card. */
export interface PaintRequirement {
  selector: string;
  count: number;
}

interface BenchProbes {
  waitPainted(requirements: PaintRequirement[], stableFrames: number, timeoutMs: number): Promise<PaintTiming>;
  nodePositions(): { x: number; y: number }[];
  nodeCounts(): { nodes: number; visible: number };
  startFrames(): void;
  stopFrames(): number[];
  stageHeaderTextList(): string[];
  armStageHeaderWatch(timeoutMs: number): number;
  stageHeaderChange(): Promise<HeaderChange>;
  armNodeMoveWatch(nodeId: string, timeoutMs: number): void;
  nodeMoveChange(): Promise<{ start: number | null; end: number }>;
  waitSettled(minNodes: number, quietFrames: number, timeoutMs: number): Promise<number>;
  cardNearCentre(): CardSpot | null;
  isDragging(): boolean;
}

/** The page's window as the probes and the bare page extend it. */
export type ProbedWindow = Window & {
  __bench: BenchProbes;
  __benchStart?: number;
  benchRender?: (positions: { x: number; y: number }[]) => void;
};

/** Frames the painted state must hold before it counts as final (about half a second). */
const STABLE_FRAMES = 30;

/**
 * Resolves when the page shows every requirement, all React Flow nodes measured, and keeps that state for
 * half a second; `end` is two frames after that state was first reached, `start` when the data arrived.
 */
export function waitPainted(page: Page, requirements: PaintRequirement[], timeoutMs: number): Promise<PaintTiming> {
  return page.evaluate(
    ([list, frames, timeout]) => (window as unknown as ProbedWindow).__bench.waitPainted(list, frames, timeout),
    [requirements, STABLE_FRAMES, timeoutMs] as const,
  );
}

/** The position of every React Flow node on the page. */
export function nodePositions(page: Page): Promise<{ x: number; y: number }[]> {
  return page.evaluate(() => (window as unknown as ProbedWindow).__bench.nodePositions());
}

/** Resolves when the canvas shows at least `minNodes` nodes, all measured, unchanged for a few frames. */
export function waitSettled(page: Page, minNodes: number, timeoutMs: number): Promise<number> {
  return page.evaluate(([min, timeout]) => (window as unknown as ProbedWindow).__bench.waitSettled(min, 10, timeout), [minNodes, timeoutMs] as const);
}

/** How many React Flow nodes the page shows, and how many of them are measured. */
export function nodeCounts(page: Page): Promise<{ nodes: number; visible: number }> {
  return page.evaluate(() => (window as unknown as ProbedWindow).__bench.nodeCounts());
}

/** Starts recording animation-frame timestamps in the page. */
export function startFrames(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as ProbedWindow).__bench.startFrames());
}

/** Stops recording and returns the frame timestamps. */
export function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as ProbedWindow).__bench.stopFrames());
}

/** The text of every stage header on the canvas. */
export function stageHeaderTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as ProbedWindow).__bench.stageHeaderTextList());
}

/** Starts watching the stage headers for a change; returns how many headers are watched. */
export function armStageHeaderWatch(page: Page, timeoutMs: number): Promise<number> {
  return page.evaluate((timeout) => (window as unknown as ProbedWindow).__bench.armStageHeaderWatch(timeout), timeoutMs);
}

/** The first stage-header change since `armStageHeaderWatch`, with the keydown time that caused it. */
export function stageHeaderChange(page: Page): Promise<HeaderChange> {
  return page.evaluate(() => (window as unknown as ProbedWindow).__bench.stageHeaderChange());
}

/** The card nearest the canvas centre. */
export function cardNearCentre(page: Page): Promise<CardSpot | null> {
  return page.evaluate(() => (window as unknown as ProbedWindow).__bench.cardNearCentre());
}

/** True while React Flow drags a node. */
export function isDragging(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as ProbedWindow).__bench.isDragging());
}

/** Starts watching a node for a move (see `nodeMoveChange`). */
export function armNodeMoveWatch(page: Page, nodeId: string, timeoutMs: number): Promise<void> {
  return page.evaluate(([id, timeout]) => (window as unknown as ProbedWindow).__bench.armNodeMoveWatch(id, timeout), [nodeId, timeoutMs] as const);
}

/** Resolves at the first frame after the watched node moved, with the keydown's time. */
export function nodeMoveChange(page: Page): Promise<{ start: number | null; end: number }> {
  return page.evaluate(() => (window as unknown as ProbedWindow).__bench.nodeMoveChange());
}
