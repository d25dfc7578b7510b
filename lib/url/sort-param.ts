// A table's sort as the URL holds it: "-position" = position, highest first; "keyword" = A→Z.
// Read leniently: a shared link naming a column the table no longer has shows the default order.

export interface ColumnSortParam {
  id: string;
  desc: boolean;
}

export function readSort(value: string | null, columns: readonly string[]): ColumnSortParam[] {
  if (!value) return [];
  const desc = value.startsWith("-");
  const id = desc ? value.slice(1) : value;
  return columns.includes(id) ? [{ id, desc }] : [];
}

export function sortParam(sorting: readonly ColumnSortParam[]): string | null {
  const first = sorting[0];
  return first ? `${first.desc ? "-" : ""}${first.id}` : null;
}
