// The three sections of a client report, drawn on the server from the id-free shared view.
import { type DateFormat, formatDate, formatShort } from "@/lib/format/date-time";
import type {
  BacklinkSection,
  LinkRow,
  ProspectSection,
  RankingSection,
} from "@/lib/services/reports/shared-report-view";
import { Figure, num, ReportSection, SimpleTable } from "./report-parts";
import { SvgLineChart } from "./svg-line-chart";

const linkRows = (rows: LinkRow[]) =>
  rows.map((l) => [
    l.sourceUrl ?? "—",
    l.anchorText || "—",
    num(l.authority),
    l.nofollow ? "nofollow" : "dofollow",
  ]);

export function BacklinksPart({
  data,
  color,
  f,
}: {
  data: BacklinkSection;
  color: string;
  f: DateFormat;
}) {
  const l = data.latest;
  return (
    <ReportSection title={`Backlinks of ${data.domain}`} color={color}>
      {l ? (
        <>
          <p className="text-sm text-slate-600">As of {formatDate(l.takenAt, f)}.</p>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <Figure label="Backlinks" value={num(l.backlinks)} />
            <Figure label="Referring domains" value={num(l.referringDomains)} />
            <Figure label="New links" value={num(l.newBacklinks)} />
            <Figure label="Lost links" value={num(l.lostBacklinks)} />
          </dl>
          <SvgLineChart
            title="Backlinks and referring domains"
            labels={data.history.map((h) => formatShort(h.takenAt, f))}
            series={[
              { label: "Backlinks", values: data.history.map((h) => h.backlinks), color },
              {
                label: "Referring domains",
                values: data.history.map((h) => h.referringDomains),
                color: "#64748b",
              },
            ]}
          />
          <h3 className="font-medium">New links</h3>
          {data.newLinks.length ? (
            <SimpleTable
              head={["From", "Anchor", "Authority", "Type"]}
              rows={linkRows(data.newLinks)}
            />
          ) : (
            <p className="text-sm text-slate-500">No new links since the snapshot before.</p>
          )}
          <h3 className="font-medium">Lost links</h3>
          {data.lostLinks.length ? (
            <SimpleTable
              head={["From", "Anchor", "Authority", "Type"]}
              rows={linkRows(data.lostLinks)}
            />
          ) : (
            <p className="text-sm text-slate-500">No lost links since the snapshot before.</p>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-500">
          The first snapshot of this domain is not finished yet.
        </p>
      )}
    </ReportSection>
  );
}

export function ProspectsPart({ data, color }: { data: ProspectSection; color: string }) {
  const v = data.verdicts;
  return (
    <ReportSection title="Link prospects" color={color}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure label="Prospects" value={num(data.total)} />
        <Figure label="Pass" value={num(v.pass)} />
        <Figure label="Review" value={num(v.review)} />
        <Figure label="Reject" value={num(v.reject)} />
      </dl>
      {data.top.length ? (
        <SimpleTable
          head={["Top prospects", data.trustLabel, "Referring domains"]}
          rows={data.top.map((p) => [p.domain, num(p.trust), num(p.referringDomains)])}
        />
      ) : (
        <p className="text-sm text-slate-500">No prospect passes the qualification rules yet.</p>
      )}
    </ReportSection>
  );
}

const changeText = (c: RankingSection["keywords"][number]["change"]) =>
  c === null
    ? "—"
    : c === "entered"
      ? "new in top 100"
      : c === "dropped"
        ? "left top 100"
        : c > 0
          ? `▲ ${c}`
          : c < 0
            ? `▼ ${-c}`
            : "=";

export function RankingsPart({
  data,
  color,
  f,
}: {
  data: RankingSection;
  color: string;
  f: DateFormat;
}) {
  const l = data.latest;
  const labels = data.points.map((p) => formatShort(p.checkedAt, f));
  return (
    <ReportSection
      title={`Rankings of ${data.domain} (${data.searchEngine}, ${data.location})`}
      color={color}
    >
      {l ? (
        <>
          <p className="text-sm text-slate-600">Checked {formatDate(l.checkedAt, f)}.</p>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <Figure label="Visibility" value={`${l.visibility}%`} />
            <Figure label="Average position" value={l.averagePosition ?? "—"} />
            <Figure label="In top 10" value={num(l.top10)} />
            <Figure label="In top 100" value={num(l.top100)} />
          </dl>
          <SvgLineChart
            title="Visibility (%)"
            labels={labels}
            series={[{ label: "Visibility", values: data.points.map((p) => p.visibility), color }]}
          />
          <SvgLineChart
            title="Average position"
            labels={labels}
            invert
            series={[
              {
                label: "Average position",
                values: data.points.map((p) => p.averagePosition),
                color: "#64748b",
              },
            ]}
          />
          <SimpleTable
            head={["Keyword", "Position", "Change"]}
            rows={data.keywords.map((k) => [
              k.keyword,
              k.position ?? "not in top 100",
              changeText(k.change),
            ])}
          />
        </>
      ) : (
        <p className="text-sm text-slate-500">No finished check yet.</p>
      )}
    </ReportSection>
  );
}
