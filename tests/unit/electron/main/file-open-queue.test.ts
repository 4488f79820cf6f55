import { describe, expect, it } from 'vitest';
import { FileOpenQueue } from '../../../../electron/main/file-open-queue';

describe('FileOpenQueue', () => {
  it('holds files that arrive before the app is ready, then opens them in order', () => {
    const queue = new FileOpenQueue();
    queue.push('/a.journeymap');
    queue.push('/b.journeymap');
    expect(queue.size).toBe(2);
    const opened: string[] = [];
    queue.start((filePath) => opened.push(filePath));
    queue.push('/c.journeymap');
    expect(opened).toEqual(['/a.journeymap', '/b.journeymap', '/c.journeymap']);
    expect(queue.size).toBe(0);
  });
});
