import { FitBox } from './PrintSheet';
import { PrintBlockView } from './PrintBlockView';
import { type PrintBlock, blockHeight } from './print-blocks';

/** The body of a flowing page: its planned columns of blocks, side by side. */
export function FlowPage({ columns, columnCount, columnWidthPx }: { columns: PrintBlock[][]; columnCount: number; columnWidthPx: number }) {
  const padded = [...columns, ...Array.from({ length: Math.max(0, columnCount - columns.length) }, (): PrintBlock[] => [])];
  return (
    <div className="pv-columns">
      {padded.map((blocks, columnIndex) => (
        <div className="pv-column" key={columnIndex} style={{ width: columnWidthPx }}>
          {blocks.length === 0 ? null : (
            <FitBox>
              {blocks.map((block, blockIndex) => (
                <div data-planned-height={blockHeight(block, columnWidthPx)} key={blockIndex}>
                  <PrintBlockView block={block} />
                </div>
              ))}
            </FitBox>
          )}
        </div>
      ))}
    </div>
  );
}
