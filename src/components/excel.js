// The Excel download, written in the browser by write-excel-file (small, keeps up with its
// releases, depends only on fflate; exceljs would add about a megabyte to every page with a chart).
import writeXlsxFile from "write-excel-file/browser";
import { excelColumns, excelSheet } from "./excelSheet.js";

/** An .xlsx Blob with one sheet "Data": title, source, Swedish headers, the rows. */
export async function excelBlob({ title, source, rows, columns }) {
  const sheet = excelSheet({ title, source, rows, columns });
  return writeXlsxFile(sheet, { sheet: "Data", columns: excelColumns(sheet) }).toBlob();
}
