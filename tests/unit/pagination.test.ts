import { describe, expect, it } from "vitest";
import { pageLinks, paginate } from "../../src/site/pagination.ts";

describe("splitting a long list into pages", () => {
  it("puts every item on exactly one page, in order, and says where each page starts and ends", () => {
    const items = Array.from({ length: 2501 }, (_, index) => index);
    const pages = paginate(items, 1000);
    expect(pages.map(({ number, count, first, last, total }) => [number, count, first, last, total])).toEqual([
      [1, 3, 1, 1000, 2501],
      [2, 3, 1001, 2000, 2501],
      [3, 3, 2001, 2501, 2501],
    ]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
  });

  it("gives an empty list one empty page, and a list that fits one page", () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [], first: 0, last: 0, total: 0 }]);
    expect(paginate([1, 2, 3], 10)).toHaveLength(1);
    expect(paginate(Array.from({ length: 20 }), 10)).toHaveLength(2);
  });

  it("refuses a page size that is not a whole number of one or more", () => {
    expect(() => paginate([1], 0)).toThrow("A page holds at least one item, not 0");
  });
});

describe("the page numbers a pagination bar links to", () => {
  it("shows the first, last, current and neighbouring pages, with … for gaps", () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(1, 10)).toEqual([1, 2, "…", 10]);
    expect(pageLinks(5, 10)).toEqual([1, "…", 4, 5, 6, "…", 10]);
    expect(pageLinks(3, 10)).toEqual([1, 2, 3, 4, "…", 10]);
    expect(pageLinks(10, 10)).toEqual([1, "…", 9, 10]);
  });
});
