import { Box } from '@mui/material';
import { visuallyHidden } from './visuallyHidden';

/** The figures a chart draws, as a table screen readers (and copy and paste) get; hidden from sight. */
export const FiguresTable = ({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) => (
  <Box component="table" sx={visuallyHidden}>
    <caption>{caption}</caption>
    <thead>
      <tr>
        {head.map((cell) => (
          <th key={cell} scope="col">
            {cell}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.map((row) => (
        <tr key={row[0]}>
          {row.map((cell, index) =>
            index === 0 ? (
              <th key={index} scope="row">
                {cell}
              </th>
            ) : (
              <td key={index}>{cell}</td>
            ),
          )}
        </tr>
      ))}
    </tbody>
  </Box>
);
