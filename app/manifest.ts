import type { MetadataRoute } from "next";

// /manifest.webmanifest: lets the dashboard be added to a phone's home screen. Icons are
// rendered from app/icon.svg by scripts/make-icons.ts into public/.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "SE Ranking Dashboard",
    short_name: "SE Ranking",
    description: "Backlink research, prospect qualification and rank tracking for SEO teams.",
    start_url: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#1d4ed8",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
