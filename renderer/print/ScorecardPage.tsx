import { AccountableIcon, SplitIcon } from './PrintIcons';
import { SCORECARD, SCORECARD_LEGEND, SCORECARD_SUMMARY_LABELS, type ScorecardSlice, scorecardStageNotes } from './plan-scorecard';
import type { Scorecard } from './scorecard';
import { FitBox } from './PrintSheet';

/** One page of the silo × stage scorecard: touchpoint counts, the accountable silo starred, split stages flagged. */
export function ScorecardPage({
  scorecard,
  slice,
  siloColors,
}: {
  scorecard: Scorecard;
  slice: ScorecardSlice;
  siloColors: ReadonlyMap<string, string>;
}) {
  const columns = slice.columnIndexes.flatMap((index) => {
    const column = scorecard.columns[index];
    return column === undefined ? [] : [{ index, column }];
  });
  const siloName = (siloId: string | null): string | null =>
    siloId === null ? null : (scorecard.rows.find((row) => row.siloId === siloId)?.name ?? null);
  const summaries: { label: string; values: string[]; total: string }[] = [
    {
      label: SCORECARD_SUMMARY_LABELS[0],
      values: columns.map(({ column }) => String(column.touchpointCount)),
      total: String(scorecard.totalTouchpoints),
    },
    {
      label: SCORECARD_SUMMARY_LABELS[1],
      values: columns.map(({ column }) => String(column.metricCount)),
      total: String(scorecard.columns.reduce((sum, column) => sum + column.metricCount, 0)),
    },
    {
      label: SCORECARD_SUMMARY_LABELS[2],
      values: columns.map(({ column }) =>
        column.deliveringSiloCount === 0 ? '–' : `${column.coveredSiloCount} of ${column.deliveringSiloCount}`,
      ),
      total: '',
    },
  ];

  return (
    <FitBox>
      <table
        className="pv-scorecard"
        style={{ width: SCORECARD.rowHeaderWidth + SCORECARD.totalWidth + slice.stageWidthPx * columns.length }}
      >
        <colgroup>
          <col style={{ width: SCORECARD.rowHeaderWidth }} />
          {columns.map(({ index }) => (
            <col key={index} style={{ width: slice.stageWidthPx }} />
          ))}
          <col style={{ width: SCORECARD.totalWidth }} />
        </colgroup>
        <thead>
          <tr style={{ height: slice.headerHeightPx }}>
            <th scope="col">Silo</th>
            {columns.map(({ index, column }) => {
              const notes = scorecardStageNotes(column, siloName(column.accountableSiloId));
              return (
                <th scope="col" key={index}>
                  <span className="pv-scorecard__stage-name pv-text">{column.stageName}</span>
                  {notes.map((note, noteIndex) => (
                    <span
                      key={noteIndex}
                      className={
                        column.split && noteIndex === 0
                          ? 'pv-scorecard__note pv-scorecard__note--split pv-text'
                          : 'pv-scorecard__note pv-text'
                      }
                    >
                      {column.split && noteIndex === 0 ? <SplitIcon /> : null}
                      {note}
                    </span>
                  ))}
                </th>
              );
            })}
            <th scope="col">All stages</th>
          </tr>
        </thead>
        <tbody>
          {slice.rowIndexes.map((rowIndex, position) => {
            const row = scorecard.rows[rowIndex];
            if (row === undefined) return null;
            const color = row.siloId === null ? undefined : siloColors.get(row.siloId);
            return (
              <tr key={rowIndex} style={{ height: slice.rowHeightsPx[position] }}>
                <th scope="row" className="pv-text">
                  {color === undefined ? null : <span className="pv-swatch" style={{ background: color }} aria-hidden="true" />}
                  {row.name}
                </th>
                {columns.map(({ index, column }) => {
                  const count = row.counts[index] ?? 0;
                  const accountable = row.siloId !== null && row.siloId === column.accountableSiloId;
                  return (
                    <td
                      key={index}
                      className={[accountable ? 'pv-scorecard__accountable' : '', count === 0 && !accountable ? 'pv-scorecard__zero' : '']
                        .filter(Boolean)
                        .join(' ')}
                      aria-label={`${row.name}, ${column.stageName}: ${count}${accountable ? ', accountable' : ''}`}
                    >
                      {count === 0 ? '–' : count}
                      {accountable ? (
                        <>
                          {' '}
                          <AccountableIcon />
                          <span>A</span>
                        </>
                      ) : null}
                    </td>
                  );
                })}
                <td>{row.total}</td>
              </tr>
            );
          })}
          {summaries.map((summary, position) => (
            <tr className="pv-scorecard__summary" key={summary.label} style={{ height: slice.summaryHeightsPx[position] }}>
              <th scope="row">{summary.label}</th>
              {summary.values.map((value, valueIndex) => (
                <td key={valueIndex}>{value}</td>
              ))}
              <td>{summary.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pv-scorecard__legend">
        <span className="pv-status--note">
          <AccountableIcon />
        </span>
        {SCORECARD_LEGEND[0]}
        <span className="pv-status--critical">
          <SplitIcon />
        </span>
        {SCORECARD_LEGEND[1]}
        {SCORECARD_LEGEND[2]}
      </p>
    </FitBox>
  );
}
