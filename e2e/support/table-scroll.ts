import { expect, type Page } from "@playwright/test";

interface Measured {
  /** The table's scroll box is narrower than the table: it scrolls inside its card. */
  scrolls: boolean;
  scrolledBy: number;
  /** Left edge of each of the first row's pinned cells (and the header's), before and after. */
  pinnedBefore: number[];
  pinnedAfter: number[];
  /** The pinned cells are the topmost element at their own centre after scrolling. */
  pinnedOnTop: boolean[];
  /** Right edge of each pinned cell after scrolling: the next pinned cell starts there. */
  pinnedRightAfter: number[];
  /** Left edge of the row's last cell, before and after: it must move with the scroll. */
  lastBefore: number;
  lastAfter: number;
}

/** Scrolls the `index`th table's scroll box all the way right and measures its first row. */
function measure(page: Page, index: number, pinned: number) {
  return page.evaluate(
    async ([index, pinned]) => {
      const table = document.querySelectorAll("main table")[index] as HTMLTableElement;
      // elementFromPoint only sees what is on the screen: the table's top just below the
      // sticky menu bar.
      window.scrollBy(0, table.getBoundingClientRect().top - 120);
      let box: HTMLElement | null = table.parentElement;
      while (box && !["auto", "scroll"].includes(getComputedStyle(box).overflowX))
        box = box.parentElement;
      const rows = [table.tHead?.rows[0], table.tBodies[0]?.rows[0]].filter(
        (r): r is HTMLTableRowElement => !!r,
      );
      const pinnedCells = rows.flatMap((r) => [...r.cells].slice(0, pinned));
      const last = rows.at(-1)!.cells[rows.at(-1)!.cells.length - 1]!;
      const lefts = () => pinnedCells.map((c) => Math.round(c.getBoundingClientRect().left));
      const before = { pinned: lefts(), last: last.getBoundingClientRect().left };
      const scrolls = !!box && box.scrollWidth > box.clientWidth + 1;
      if (box) box.scrollLeft = box.scrollWidth;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const onTop = pinnedCells.map((c) => {
        const r = c.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !!hit && c.contains(hit);
      });
      const result = {
        scrolls,
        scrolledBy: box?.scrollLeft ?? 0,
        pinnedBefore: before.pinned,
        pinnedAfter: lefts(),
        pinnedOnTop: onTop,
        pinnedRightAfter: pinnedCells.map((c) => Math.round(c.getBoundingClientRect().right)),
        lastBefore: Math.round(before.last),
        lastAfter: Math.round(last.getBoundingClientRect().left),
      };
      if (box) box.scrollLeft = 0;
      return result;
    },
    [index, pinned] as const,
  ) as Promise<Measured>;
}

/**
 * Every table on the page fits its card, or scrolls inside it with its first `pinned` columns
 * staying where they are (and drawn above the cells that pass under them). `mustScroll`: at
 * this width the table is wider than its card, so the scroll itself is checked too.
 */
export async function expectTablesScrollInTheirCard(
  page: Page,
  what: string,
  { pinned = 1, mustScroll = false }: { pinned?: number; mustScroll?: boolean } = {},
) {
  const count = await page.locator("main table").count();
  if (mustScroll) expect(count, `${what}: a data table`).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const m = await measure(page, index, pinned);
    const label = `${what}, table ${index + 1}`;
    if (mustScroll)
      expect(m.scrolls, `${label} is wider than its card and scrolls in it`).toBe(true);
    if (!m.scrolls) continue;
    expect(m.scrolledBy, `${label} scrolled sideways`).toBeGreaterThan(0);
    expect(m.lastAfter, `${label}: the last column moved with the scroll`).toBeLessThan(
      m.lastBefore - 10,
    );
    expect(m.pinnedAfter, `${label}: the first ${pinned} column(s) stayed in place`).toEqual(
      m.pinnedBefore,
    );
    for (let i = 0; i + 1 < m.pinnedAfter.length; i++) {
      if (i % pinned === pinned - 1) continue; // the next cell is the next row's first
      expect(
        m.pinnedAfter[i + 1],
        `${label}: pinned column ${(i % pinned) + 2} overlaps the one before`,
      ).toBeGreaterThanOrEqual(m.pinnedRightAfter[i]! - 1);
    }
    expect(m.pinnedOnTop, `${label}: the pinned cells are drawn over the scrolled ones`).toEqual(
      m.pinnedOnTop.map(() => true),
    );
  }
}
