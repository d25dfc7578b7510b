import { describe, expect, it } from "vitest";
import { detectMapping } from "./import-columns";
import { readHistoryFile } from "./parse-history";

const NOW = new Date("2026-06-01T12:00:00Z");
const bytes = (text: string) => new TextEncoder().encode(text);
const read = (text: string) => readHistoryFile(bytes(text), null, NOW);

describe("history import: columns", () => {
  it("recognises SerpBear's keyword export and reads its ', '-joined cells", () => {
    // The header and row shape of SerpBear's utils/client/exportcsv.ts.
    const file =
      "ID,Keyword,Position,URL,Country,State,City,Device,Updated,Added,Tags\r\n" +
      "7, best crm, 4, https://example.com/crm, United States, -, -, desktop, 2026-05-02T08:00:00.000Z, 2026-04-01T00:00:00.000Z, brand\r\n" +
      "8, crm pricing, -, -, United States, -, -, desktop, 2026-05-02T08:00:00.000Z, 2026-04-01T00:00:00.000Z, \r\n";
    const result = read(file);
    expect(result.problems).toEqual([]);
    expect(result.rows).toMatchObject([
      { row: 2, keyword: "best crm", position: 4, url: "https://example.com/crm", status: "ok" },
      { row: 3, keyword: "crm pricing", position: null, url: null, status: "ok" },
    ]);
    expect(result.rows[0]!.checkedAt.toISOString()).toBe("2026-05-02T08:00:00.000Z");
  });

  it("recognises SE Ranking's names and our own export's", () => {
    expect(detectMapping(["Keyword", "Date", "Position", "Search volume", "Landing page"])).toEqual(
      { keyword: 0, date: 1, position: 2, volume: 3, url: 4, status: null, error: null },
    );
    const ours = detectMapping([
      "Date (ISO 8601, UTC)",
      "Engine",
      "Location",
      "Keyword",
      "Position",
      "Status",
      "URL",
      "Volume",
      "Tags",
      "Error",
    ]);
    expect(ours).toEqual({
      date: 0,
      keyword: 3,
      position: 4,
      status: 5,
      url: 6,
      volume: 7,
      error: 9,
    });
  });

  it("says which required column is missing", () => {
    expect(read("Date,Position\n2026-05-01,3\n").problems).toEqual([
      {
        row: null,
        message: "The file has no keyword column: choose which column holds the keyword",
      },
    ]);
  });
});

describe("history import: rows", () => {
  it("reports each bad position, date and URL with its row number", () => {
    const file = [
      "Keyword,Date,Position,URL",
      "alpha,2026-05-01,abc,",
      "beta,2026-05-01,0,",
      "gamma,2026-05-01,101,",
      "delta,2099-01-01,5,",
      "epsilon,2026-02-30,5,",
      "zeta,2026-05-01,5,ftp://x",
      "eta,2026-05-01,100,https://example.com/",
      "eta,2026-05-01,99,",
      ",2026-05-01,3,",
    ].join("\n");
    const { rows, problems } = read(file);
    expect(problems).toEqual([
      {
        row: 2,
        message: expect.stringMatching(/^Position "abc" must be a whole number from 1 to 100/),
      },
      { row: 3, message: expect.stringMatching(/^Position "0" must/) },
      { row: 4, message: expect.stringMatching(/^Position "101" must/) },
      { row: 5, message: "Date 2099-01-01 is in the future" },
      { row: 6, message: expect.stringMatching(/^Date "2026-02-30" is not a date/) },
      { row: 7, message: 'URL "ftp://x" is not an http(s) address' },
      { row: 9, message: "Same keyword and date as row 8" },
      { row: 10, message: "The keyword is empty" },
    ]);
    expect(rows.map((r) => [r.row, r.keyword, r.position])).toEqual([[8, "eta", 100]]);
  });

  it("reads blank and '-' as not in the top 100, our statuses, and thousands in volumes", () => {
    const file = [
      "Keyword,Date,Position,Status,Volume",
      'a,2026-05-01,,not in top 100,"1,900"',
      "b,2026-05-01,-,ranked,",
      "c,2026-05-01T10:00:00+02:00,,check failed,",
    ].join("\n");
    const { rows, problems } = read(file);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.keyword, r.position, r.status, r.volume])).toEqual([
      ["a", null, "ok", 1900],
      ["b", null, "ok", null],
      ["c", null, "failed", null],
    ]);
    expect(rows[2]!.checkedAt.toISOString()).toBe("2026-05-01T08:00:00.000Z");
    // Our export's milliseconds survive: the same instant is the same check.
    const precise = read("Keyword,Date\nx,2026-05-01T10:00:00.735Z\n").rows[0]!;
    expect(precise.checkedAt.toISOString()).toBe("2026-05-01T10:00:00.735Z");
  });

  it("takes off the apostrophe our export puts before formula-looking text", () => {
    const { rows } = read(`Keyword,Date\n"'=HYPERLINK(""x"")",2026-05-01\n`);
    expect(rows[0]!.keyword).toBe('=HYPERLINK("x")');
  });
});

describe("history import: encoding", () => {
  it("refuses a file that is not UTF-8, saying how to save one", () => {
    // "café" in Windows-1252: é is the lone byte 0xE9, never valid UTF-8.
    const latin1 = new Uint8Array([...bytes("Keyword,Date\ncaf"), 0xe9, ...bytes(",2026-05-01\n")]);
    const result = readHistoryFile(latin1, null, NOW);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      { row: null, message: expect.stringMatching(/^The file is not UTF-8 text.*CSV UTF-8/) },
    ]);
  });

  it("refuses UTF-16 and reads UTF-8 with a BOM", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x4b, 0x00]);
    expect(readHistoryFile(utf16, null, NOW).problems[0]!.message).toMatch(/UTF-16/);
    expect(read("\uFEFFKeyword,Date\ncafé,2026-05-01\n").rows[0]!.keyword).toBe("café");
  });
});
