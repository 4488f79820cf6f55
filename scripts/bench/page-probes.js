// In-page probes for the Chromium benchmarks. Injected with `page.addInitScript` (before the page's own
// scripts, unaffected by its Content-Security-Policy) and driven from scripts/bench/*.ts through
// `window.__bench`. Plain browser JavaScript so nothing needs transpiling on its way into the page.
(() => {
  const nodeElements = document.getElementsByClassName('react-flow__node');
  const state = { frames: null, keyAt: undefined, headerChange: null, nodeMove: null };

  // The clock starts when the file input receives the file (Playwright's setFiles fires `change`).
  document.addEventListener(
    'change',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.type === 'file') window.__benchStart = performance.now();
    },
    true,
  );
  // An edit starts with its keydown (its timeStamp is on the performance.now() clock).
  window.addEventListener('keydown', (event) => (state.keyAt = event.timeStamp), true);

  function visibleNodeCount() {
    let count = 0;
    for (const element of nodeElements) if (element.style.visibility !== 'hidden') count++;
    return count;
  }

  function stageHeaderTexts() {
    const texts = new Map();
    for (const element of document.querySelectorAll('.react-flow__node-stageHeader')) {
      texts.set(element.getAttribute('data-id'), `${element.textContent}|${element.getAttribute('aria-label') ?? ''}`);
    }
    return texts;
  }

  window.__bench = {
    /**
     * Resolves once the page is fully painted: every requirement ({ selector, count }) is met, every React
     * Flow node is measured (not visibility:hidden), and that state then holds for `stableFrames` frames.
     * `end` is two frames after the first frame of that final state; `start` is when the data arrived.
     */
    waitPainted(requirements, stableFrames, timeoutMs) {
      return new Promise((resolve, reject) => {
        const deadline = performance.now() + timeoutMs;
        const minimum = requirements.reduce((sum, requirement) => Math.max(sum, requirement.count), 0);
        let frame = 0;
        let candidate = { frame: -1, nodes: -1, end: null };
        // Once met, the selectors are only queried again when the node count changes (keeps the probe cheap).
        const met = () =>
          window.__benchStart !== undefined &&
          nodeElements.length >= minimum &&
          (candidate.nodes === nodeElements.length ||
            requirements.every(({ selector, count }) => document.querySelectorAll(selector).length === count)) &&
          visibleNodeCount() === nodeElements.length;
        const check = () => {
          frame++;
          const now = performance.now();
          if (!met()) candidate = { frame: -1, nodes: -1, end: null };
          else if (candidate.nodes !== nodeElements.length) candidate = { frame, nodes: nodeElements.length, end: null };
          if (candidate.frame > 0 && frame === candidate.frame + 2) candidate.end = now;
          if (candidate.end !== null && frame >= candidate.frame + stableFrames) {
            resolve({ start: window.__benchStart, end: candidate.end, nodes: nodeElements.length });
          } else if (now > deadline) {
            const seen = requirements.map(({ selector, count }) => `${document.querySelectorAll(selector).length}/${count} ${selector}`);
            reject(new Error(`not painted after ${timeoutMs} ms: ${seen.join(', ')}; ${visibleNodeCount()} of ${nodeElements.length} nodes measured`));
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },

    /** The position of every React Flow node (from its transform), in document order. */
    nodePositions() {
      const positions = [];
      for (const element of nodeElements) {
        const match = /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px/.exec(element.style.transform);
        positions.push(match ? { x: Number(match[1]), y: Number(match[2]) } : { x: 0, y: 0 });
      }
      return positions;
    },

    /** The count of React Flow nodes on the page and of those measured. */
    nodeCounts() {
      return { nodes: nodeElements.length, visible: visibleNodeCount() };
    },

    /** Starts recording the timestamp of every animation frame. */
    startFrames() {
      const stamps = [];
      state.frames = stamps;
      const loop = (time) => {
        if (state.frames !== stamps) return;
        stamps.push(time);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },

    /** Stops recording and returns the frame timestamps. */
    stopFrames() {
      const stamps = state.frames ?? [];
      state.frames = null;
      return stamps;
    },

    /** The text of every stage header (name, goal, status badge), to tell whether the badges are shown. */
    stageHeaderTextList() {
      return [...stageHeaderTexts().values()];
    },

    /**
     * Starts watching the stage headers: the promise kept by `stageHeaderChange` resolves at the first frame
     * after any header's text changes, with the time of the keydown that caused it (edit → highlights).
     */
    armStageHeaderWatch(timeoutMs) {
      const before = stageHeaderTexts();
      const container = document.querySelector('.react-flow__nodes') ?? document.body;
      state.keyAt = undefined;
      state.headerChange = new Promise((resolve, reject) => {
        let settled = false;
        const observer = new MutationObserver(() => {
          if (settled) return;
          const changed = [...stageHeaderTexts()].find(([id, text]) => before.get(id) !== text);
          if (!changed) return;
          settled = true;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve({ start: state.keyAt ?? null, end: performance.now(), stageNodeId: changed[0] }));
        });
        const timer = setTimeout(() => {
          if (settled) return;
          settled = true;
          observer.disconnect();
          reject(new Error(`no stage header changed within ${timeoutMs} ms`));
        }, timeoutMs);
        observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'class', 'title'] });
      });
      return before.size;
    },

    /**
     * Starts watching one node for a move (its data-x / data-y or style changing): the promise kept by
     * `nodeMoveChange` resolves at the first frame after it moved, with the time of the keydown that caused it.
     */
    armNodeMoveWatch(nodeId, timeoutMs) {
      const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
      state.nodeMove = new Promise((resolve, reject) => {
        if (!node) return reject(new Error(`no node ${nodeId}`));
        let settled = false;
        const observer = new MutationObserver(() => {
          if (settled) return;
          settled = true;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve({ start: state.keyAt ?? null, end: performance.now() }));
        });
        const timer = setTimeout(() => {
          if (settled) return;
          settled = true;
          observer.disconnect();
          reject(new Error(`node ${nodeId} did not move within ${timeoutMs} ms`));
        }, timeoutMs);
        observer.observe(node, { attributes: true, attributeFilter: ['data-x', 'data-y', 'style'] });
      });
    },

    /** The move `armNodeMoveWatch` is waiting for. */
    nodeMoveChange() {
      return state.nodeMove ?? Promise.reject(new Error('armNodeMoveWatch was not called'));
    },

    /** The change `armStageHeaderWatch` is waiting for. */
    stageHeaderChange() {
      return state.headerChange ?? Promise.reject(new Error('armStageHeaderWatch was not called'));
    },

    /** Resolves once the page shows a settled canvas: `minNodes` or more nodes, all measured, unchanged for `quietFrames` frames. */
    waitSettled(minNodes, quietFrames, timeoutMs) {
      return new Promise((resolve, reject) => {
        const deadline = performance.now() + timeoutMs;
        let last = -1;
        let quiet = 0;
        const check = () => {
          const count = nodeElements.length;
          const stable = count >= minNodes && count === last && visibleNodeCount() === count;
          quiet = stable ? quiet + 1 : 0;
          last = count;
          if (quiet >= quietFrames) resolve(count);
          else if (performance.now() > deadline) reject(new Error(`the canvas did not settle within ${timeoutMs} ms (${count} nodes)`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },

    /** The touchpoint card nearest the centre of the canvas, with its centre in page coordinates and the pane's box. */
    cardNearCentre() {
      const pane = document.querySelector('.react-flow');
      if (!pane) return null;
      const box = pane.getBoundingClientRect();
      const centreX = box.left + box.width / 2;
      const centreY = box.top + box.height / 2;
      let best = null;
      for (const element of document.querySelectorAll('.react-flow__node[data-kind="touchpoint"], .react-flow__node-touchpoint')) {
        const rect = element.getBoundingClientRect();
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        const distance = Math.hypot(x - centreX, y - centreY);
        if (best === null || distance < best.distance) best = { id: element.getAttribute('data-id'), x, y, width: rect.width, height: rect.height, distance };
      }
      return best && { ...best, pane: { left: box.left, top: box.top, width: box.width, height: box.height } };
    },

    /** True while React Flow is dragging a node. */
    isDragging() {
      return document.querySelector('.react-flow__node.dragging') !== null;
    },
  };
})();
