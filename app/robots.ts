import type { MetadataRoute } from "next";

// /robots.txt: the dashboard is a signed-in app; nothing in it belongs in a search engine.
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", disallow: "/" }] };
}
