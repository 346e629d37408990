import { indentOf, isBlank, type RstExplicitBlock } from './rst-structure.js';

/** One cell of a list-table row. */
export interface RstTableCell {
  /** Raw RST of the cell, continuation lines joined with newlines. */
  text: string;
  /** 0-based index of the line the cell starts on. */
  index: number;
}

/** One row of a list-table: the cells of one outer bullet. */
export interface RstTableRow {
  /** 0-based index of the row's bullet line. */
  index: number;
  cells: RstTableCell[];
}

/** A parsed `.. list-table::` directive. */
export interface RstListTable {
  options: Map<string, string>;
  headerRows: number;
  rows: RstTableRow[];
  /** Lines that do not fit the two-level bullet-list shape. */
  problems: { index: number; message: string }[];
}

const OPTION = /^\s+:([\w-]+):(?:\s+(.*))?$/;
const BULLET = /^[*+-](?:\s+|$)(.*)$/;

/**
 * Reads a list-table body: options (`:header-rows:`, `:widths:`…), then rows
 * as a bullet list (`* - cell`) whose items are bullet lists of cells
 * (`  - cell`). Lines indented past a cell's bullet continue that cell.
 */
export function parseListTable(lines: readonly string[], block: RstExplicitBlock): RstListTable {
  const table: RstListTable = { options: new Map(), headerRows: 0, rows: [], problems: [] };
  let index = block.bodyStart;
  for (; index < block.bodyEnd; index += 1) {
    const option = OPTION.exec(lines[index] ?? '');
    if (!option) break;
    table.options.set(option[1] ?? '', (option[2] ?? '').trim());
  }
  table.headerRows = Number.parseInt(table.options.get('header-rows') ?? '0', 10) || 0;
  readRows(lines, index, block.bodyEnd, table);
  return table;
}

function readRows(lines: readonly string[], from: number, to: number, table: RstListTable): void {
  let rowIndent: number | undefined;
  let cellIndent: number | undefined;
  let row: RstTableRow | undefined;
  let cellLines: string[] | undefined;
  const startCell = (text: string, index: number): void => {
    cellLines = [text];
    row?.cells.push({ text: '', index });
  };
  const closeCell = (): void => {
    const cell = row?.cells.at(-1);
    if (cell && cellLines) cell.text = cellLines.join('\n').trim();
  };
  for (let index = from; index < to; index += 1) {
    const line = lines[index] ?? '';
    if (isBlank(line)) {
      cellLines?.push('');
      continue;
    }
    const indent = indentOf(line);
    const bullet = BULLET.exec(line.slice(indent));
    rowIndent ??= indent;
    if (indent <= rowIndent) {
      closeCell();
      cellLines = undefined;
      cellIndent = undefined;
      if (!bullet) {
        row = undefined;
        table.problems.push({ index, message: 'expected a row starting with `* -`' });
        continue;
      }
      row = { index, cells: [] };
      table.rows.push(row);
      const rest = bullet[1] ?? '';
      const inline = BULLET.exec(rest);
      if (inline) {
        cellIndent = line.length - rest.length;
        startCell(inline[1] ?? '', index);
      } else if (rest.trim().length > 0) {
        table.problems.push({ index, message: 'a row must be a bullet list of cells (`* - cell`)' });
      }
      continue;
    }
    if (!row) continue;
    if (bullet && (cellIndent === undefined || indent === cellIndent)) {
      closeCell();
      cellIndent = indent;
      startCell(bullet[1] ?? '', index);
    } else if (cellLines && cellIndent !== undefined && indent > cellIndent) {
      cellLines.push(line.trim());
    } else {
      table.problems.push({ index, message: 'line is neither a new cell (`- `) nor indented under one' });
      cellLines?.push(line.trim());
    }
  }
  closeCell();
}
